// Worker-thread entry: registers tsx so the TypeScript extraction code can be
// required, then hands over to extractWorkerMain.ts.
require('tsx/cjs');
require('./extractWorkerMain.ts');
