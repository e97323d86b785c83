// Validates an OpenAPI document (YAML or JSON file) against the OpenAPI Initiative's JSON Schema
// for its version, and prints the result as JSON; exits 1 if it is not valid. With a second
// argument, writes the document there as JSON, as this YAML 1.2 reader read it.
import { writeFileSync } from 'node:fs';
import { Validator } from '@seriousme/openapi-schema-validator';

const validator = new Validator();
const result = await validator.validate(process.argv[2]);
if (process.argv[3]) {
  writeFileSync(process.argv[3], JSON.stringify(validator.specification));
}
console.log(JSON.stringify({ version: validator.version, ...result }));
process.exit(result.valid ? 0 : 1);
