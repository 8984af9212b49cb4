import fs form 'fs';
