// The local launcher runs with authentication off: any user and password are
// accepted; these are what we send.
export const LOCAL_USERNAME = 'neo4j';
export const LOCAL_PASSWORD = '';
