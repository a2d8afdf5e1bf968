// When a bare four-digit number is a year: word lists as data. A number in
// 1900..2100 counts as a year when the next word fits a year ("2025 was",
// "in 2017 India joined", "the 2025 summit") and is not a quantity
// ("2000 troops", "2000 km"), and nothing before it makes it a label
// ("No. 2017", "resolution 2025").

const words = (list: string): ReadonlySet<string> => new Set(list.trim().split(/\s+/));

/** Lower-case words that may follow a year. Capitalised words and punctuation always may. */
export const YEAR_FOLLOWERS = words(`
  was is has had have will would saw sees see marks marked marking became becomes brought
  brings proved remains remained witnessed began begins ended ends started starts promises
  and or but to when as after before with for in on at by until till through while the a an
  this that these those its their his her our both of alone onwards onward compared versus vs
  amid despite which where during under so he she it they we i there respectively already
  only also again following thanks due according
  summit summits election elections agreement treaty declaration memorandum deal accord
  protocol visit meeting talks forum conference session crisis war conflict budget census
  report edition season games olympics cup championship expo plan program programme strategy
  agenda constitution referendum campaign figures figure data level levels results statement
  chairmanship presidency decision exercise exercises drills contract framework
`);

/** Words right before a number that make it a label ("No. 2017") or a programme name ("Vision 2030"), not a year. */
export const YEAR_BLOCKERS = words(`
  no nos number resolution article articles page pages flight room model code version route
  item paragraph para chapter rule section vol volume issue decree order annex point clause
  agenda vision horizon
`);

/** Words right before a number that make it a count when a capitalised word follows ("over 2000 Chinese tourists"). */
export const QUANTITY_LEADERS = words(`
  about some over nearly than around almost approximately roughly least only just total
  exceeded exceeding reached reaching
`);
