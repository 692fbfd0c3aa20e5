#!/usr/bin/env node
// The CLI's entry point.
console.log('readiness-gate')
