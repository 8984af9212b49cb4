if (true) {
  import fs from 'fs';
}
