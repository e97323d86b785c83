// Validates an OpenAPI document (YAML or JSON file) against the OpenAPI Initiative's JSON Schema
// for its version, and prints the result as JSON; exits 1 if it is not valid.
import { Validator } from '@seriousme/openapi-schema-validator';

const validator = new Validator();
const result = await validator.validate(process.argv[2]);
console.log(JSON.stringify({ version: validator.version, ...result }));
process.exit(result.valid ? 0 : 1);
