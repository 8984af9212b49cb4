// a .js file with import/export declarations parses as a module (node's detection)
import { once } from 'events';
await once;
export default class {}
