// Calls world-timestamp as its README shows and prints what it computed, as one JSON line.
// isomorphic-unfetch is named beside it: the package requires it at run time but lists it
// among its devDependencies only.
const worldTimestamp = require('world-timestamp').default;

worldTimestamp(process.argv[2]).then((timestamp) => {
  console.log(JSON.stringify({
    timezone: timestamp.response.timezone,
    utcMicroseconds: timestamp.utcMicroseconds,
    microseconds: timestamp.microseconds,
  }));
}, (error) => {
  console.error(error);
  process.exit(1);
});
