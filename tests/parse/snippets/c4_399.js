 #!/usr/bin/env node
