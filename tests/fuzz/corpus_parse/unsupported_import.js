import fs from 'fs'
