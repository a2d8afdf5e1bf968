#!/usr/bin/env node
// The package's one CLI. In a checkout it runs the TypeScript sources through
// tsx (no build step after `npm ci`); an installed image without src/ runs the
// compiled dist/ instead.
'use strict';
const fs = require('node:fs');
const path = require('node:path');

const root = path.join(__dirname, '..');
const source = path.join(root, 'src', 'cli', 'main.ts');
if (fs.existsSync(source)) {
  require('tsx/cjs');
  require(source);
} else {
  require(path.join(root, 'dist', 'cli', 'main.js'));
}
