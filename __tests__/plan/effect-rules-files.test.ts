/**
 * The file tools' rules (src/plan/effect-rules/files.ts): commands that delete, edit in place,
 * write, move, link or change modes, formatters outside the language families, and make targets
 * judged by name — each refusal exact, next to the forms that must run. Cases marked "was run"
 * changed the tree and ran before; "was refused" were checks the policy refused.
 */
import { expectRefused, expectRuns, type Row } from './effect-cases.js'

describe('deleting and cutting files', () => {
  const rm = "'rm' deletes files (only build output such as dist/ may be cleaned)"
  test.each<Row>([
    ['rm -rf src', 'destructive', rm],
    ['rm', 'destructive', rm],
    ['rm -rf', 'destructive', rm],
    ['rm -rf -- src', 'destructive', rm],
    ['rm -rf dist src', 'destructive', rm],
    ['rm -rf node_modules', 'destructive', rm],
    ['rm -rf dist/../src', 'destructive', rm],
    ['rmdir empty', 'destructive', "'rmdir' deletes directories"],
    ['rmdir /tmp/x', 'destructive', "'rmdir' deletes directories"],
    ['unlink a.txt', 'destructive', "'unlink' deletes a file"],
    ['shred -u secrets.txt', 'destructive', "'shred' overwrites and deletes files"],
    ['truncate -s 0 app.log', 'destructive', "'truncate' cuts files down"],
    ['find . -name "*.orig" -delete', 'destructive', "'find … -delete' deletes files"],
    // was run: find writes the file -fprint, -fprint0, -fprintf and -fls name.
    ['find . -fprint files.txt', 'rewrite', "'find … -fprint' writes a file in the project"],
    ['find . -fprint0 files.txt', 'rewrite', "'find … -fprint0' writes a file in the project"],
    ['find . -fprintf files.txt %p', 'rewrite', "'find … -fprintf' writes a file in the project"],
    ['find . -type f -fls listing', 'rewrite', "'find … -fls' writes a file in the project"]
  ])('%s is refused as %s', (...row) => {
    expectRefused(row)
  })

  test.each([
    'rm -rf dist',
    'rm -rf -- dist',
    'rm -rf ./dist/esm build out coverage .cache .nyc_output',
    'rm -f tsconfig.tsbuildinfo',
    'find . -name "*.orig"',
    'find . -fprint /dev/stdout',
    'find . -fprint "$TMPDIR/files.txt"'
  ])('%s runs', (command) => {
    expectRuns(command)
  })
})

describe('editing in place', () => {
  const sed = "'sed -i' edits files in place"
  const perl = "'perl -i' edits files in place"
  const awk = "'awk -i inplace' edits files in place"
  const gawk = "'gawk -i inplace' edits files in place"
  test.each<Row>([
    ['sed -i s/a/b/ f', 'rewrite', sed],
    ['sed -i.bak s/a/b/ f', 'rewrite', sed],
    ['sed -Ei s/a/b/ f', 'rewrite', sed],
    ['sed -n -i p f', 'rewrite', sed],
    ['sed --in-place s/a/b/ f', 'rewrite', sed],
    ['sed --in-place=.bak s/a/b/ f', 'rewrite', sed],
    ['perl -i -pe s/a/b/ f', 'rewrite', perl],
    ['perl -pi -e s/a/b/ f', 'rewrite', perl],
    ['perl -i.bak -pe s/a/b/ f', 'rewrite', perl],
    ['perl -lpi -e s/a/b/ f', 'rewrite', perl],
    // -pie is -p, then -i with the backup suffix "e".
    ['perl -pie s/a/b/ f', 'rewrite', perl],
    // Switches go on after -e's code.
    ['perl -e s/a/b/ -i f', 'rewrite', perl],
    ['perl -I lib -i -pe s/a/b/ f', 'rewrite', perl],
    ['perl -Mstrict -i -pe s/a/b/ f', 'rewrite', perl],
    // A value glued to its switch (-Ilib) leaves the next word a switch.
    ['perl -Ilib -i -pe s/a/b/ f', 'rewrite', perl],
    ['awk -i inplace "{print}" f', 'rewrite', awk],
    // was run: gawk loads the extension by any of these names.
    ['awk -iinplace "{print}" f', 'rewrite', awk],
    ['awk --include=inplace "{print}" f', 'rewrite', awk],
    ['awk --include inplace "{print}" f', 'rewrite', awk],
    ['gawk -i inplace "{print}" f', 'rewrite', gawk],
    ['gawk -i inplace.awk "{print}" f', 'rewrite', gawk],
    ['gawk -i /usr/share/awk/inplace.awk "{print}" f', 'rewrite', gawk]
  ])('%s is refused as %s', (...row) => {
    expectRefused(row)
  })

  test.each([
    'sed s/a/b/ f',
    'sed -n -e p f',
    'sed -nE p f',
    'sed --expression=s/a/b/ f',
    'sed --posix -n p f',
    'sed -n p my-file',
    'sed s/x-i/y/ f',
    'perl -ne print f',
    'perl -pe s/a/b/ f',
    // was refused: the i of -Ilib and -Mstrict is part of their value.
    'perl -Ilib t/basic.t',
    'perl -I lib t/basic.t',
    'perl -Mstrict -we 1',
    "perl -e'print 1'",
    'perl -E say',
    'perl -x script',
    // After the script, -i is the script's argument; after --, an operand.
    'perl script.pl -i',
    'perl -- -i',
    'awk "{print}" f',
    'awk -f prog.awk f',
    'awk -i lib.awk "{print}" f',
    'gawk -i ./myinplace.awk "{print}" f',
    'gawk -i'
  ])('%s runs', (command) => {
    expectRuns(command)
  })
})

describe('writing, moving, linking and mode changes', () => {
  test.each<Row>([
    ['tee out.log', 'rewrite', "'tee out.log' writes a file in the project"],
    ['tee -a out.log', 'rewrite', "'tee out.log' writes a file in the project"],
    ['tee /tmp/a b.log', 'rewrite', "'tee b.log' writes a file in the project"],
    ['tee 1', 'rewrite', "'tee 1' writes a file in the project"],
    ['touch x', 'rewrite', "'touch' creates or touches files in the project"],
    ['touch /tmp/a x', 'rewrite', "'touch' creates or touches files in the project"],
    ['touch -t 202001010000 x', 'rewrite', "'touch' creates or touches files in the project"],
    ['touch -r /tmp/ref x', 'rewrite', "'touch' creates or touches files in the project"],
    ['cp README.md docs/index.md', 'rewrite', "'cp' writes files in the project"],
    ['cp -r /tmp/a .', 'rewrite', "'cp' writes files in the project"],
    // was run: -t names the directory cp writes into, whatever comes last.
    ['cp -t docs /tmp/a', 'rewrite', "'cp' writes files in the project"],
    ['cp --target-directory docs /tmp/a', 'rewrite', "'cp' writes files in the project"],
    ['cp --target-directory=docs /tmp/a', 'rewrite', "'cp' writes files in the project"],
    ['cp -tdocs /tmp/a', 'rewrite', "'cp' writes files in the project"],
    ['cp a 1', 'rewrite', "'cp' writes files in the project"],
    ['mv a b', 'destructive', "'mv' moves files"],
    ['mv /tmp/a /tmp/b', 'destructive', "'mv' moves files"],
    ['ln -s ../shared lib', 'rewrite', "'ln' creates links in the project"],
    ['ln -s /tmp/a -t lib', 'rewrite', "'ln' creates links in the project"],
    ['chmod +x scripts/check.sh', 'rewrite', "'chmod' changes file modes in the project"],
    ['chmod 755 bin/run', 'rewrite', "'chmod' changes file modes in the project"],
    ['chmod -R 755 bin', 'rewrite', "'chmod' changes file modes in the project"],
    ['chmod -x bin/run', 'rewrite', "'chmod' changes file modes in the project"],
    ['chmod -v u+x /tmp/a bin/run', 'rewrite', "'chmod' changes file modes in the project"],
    ['chmod --reference=/tmp/ref bin/run', 'rewrite', "'chmod' changes file modes in the project"]
  ])('%s is refused as %s', (...row) => {
    expectRefused(row)
  })

  test.each([
    'tee',
    'tee /tmp/out.log',
    'tee -a "$TMPDIR/out.log"',
    'tee /dev/stderr',
    'tee --output-error=warn /tmp/a',
    'touch /tmp/x',
    // was refused: the values of -d and -r are no files touch writes.
    'touch -d 2020-01-01 /tmp/x',
    'touch -r README.md /tmp/x',
    'touch --date yesterday /tmp/x',
    'cp a /tmp/b',
    'cp -r assets dist/',
    'cp -t /tmp a b',
    'cp --target-directory=/tmp a b',
    'ln -s a /tmp/b',
    'chmod 755 /tmp/x',
    // was refused: the mode (u+x) was read as a file in the project.
    'chmod -R u+x /tmp/x',
    'chmod -x /tmp/x',
    'chmod --reference=README.md /tmp/x',
    'chmod +x'
  ])('%s runs', (command) => {
    expectRuns(command)
  })
})

describe('formatters', () => {
  const clang =
    "'clang-format -i' rewrites files with its formatting (the check is 'clang-format --dry-run --Werror')"
  const shfmt = "'shfmt -w' rewrites files with its formatting (the check is 'shfmt -d')"
  test.each<Row>([
    ['clang-format -i a.c', 'format', clang],
    ['clang-format -style=file -i a.c', 'format', clang],
    // was run: LLVM options take one or two dashes and a boolean value.
    ['clang-format --i a.c', 'format', clang],
    ['clang-format -i=true a.c', 'format', clang],
    ['clang-format --i=1 a.c', 'format', clang],
    ['shfmt -w .', 'format', shfmt],
    ['shfmt -l -w .', 'format', shfmt],
    ['shfmt -lw .', 'format', shfmt],
    ['shfmt --write .', 'format', shfmt]
  ])('%s is refused as %s', (...row) => {
    expectRefused(row)
  })

  test.each([
    'clang-format --dry-run --Werror a.c',
    'clang-format -n a.c',
    'clang-format a.c',
    // was refused: -version is one LLVM option, not a cluster holding i.
    'clang-format -version',
    'clang-format --version',
    'clang-format -i=false a.c',
    'shfmt -d .',
    'shfmt -l .',
    'shfmt -s -d .',
    'shfmt --list .'
  ])('%s runs', (command) => {
    expectRuns(command)
  })
})

describe('make targets, by name', () => {
  const byName = (target: string, words: string): string =>
    `'make ${target}' ${words}, by its target name (the Makefile is not read)`
  test.each<Row>([
    ['make clean', 'destructive', byName('clean', 'deletes files')],
    ['make distclean', 'destructive', byName('distclean', 'deletes files')],
    ['make fmt', 'format', byName('fmt', 'formats files in place')],
    ['make -C sub format', 'format', byName('format', 'formats files in place')],
    ['make -j4 lint-fix', 'rewrite', byName('lint-fix', 'rewrites files with fixes')],
    ['make test-update', 'snapshot-update', byName('test-update', 'updates test snapshots')],
    ['make -f Makefile.ci release', 'release', byName('release', 'releases or bumps the version')],
    ['make deploy', 'deploy', byName('deploy', 'deploys')],
    ['make install', 'dependency-change', byName('install', 'changes dependencies')],
    // The first target with an effect names the refusal.
    ['make build fmt clean', 'format', byName('fmt', 'formats files in place')],
    ['make V=1 clean', 'destructive', byName('clean', 'deletes files')]
  ])('%s is refused as %s', (...row) => {
    expectRefused(row)
  })

  test.each([
    'make',
    'make check',
    'make test',
    'make -j4 build',
    'make fmt-check',
    'make FMT=fix test',
    'make --file=fmt.mk test',
    // was refused: the values of -f and -C were read as targets.
    'make -f format.mk test',
    'make -C clean-room test',
    'make --directory deploy test',
    // An assignment is no target; the program's own path is no target either.
    'make DEPLOY_ENV=staging test',
    '/opt/x.clean.d/make test'
  ])('%s runs', (command) => {
    expectRuns(command)
  })
})
