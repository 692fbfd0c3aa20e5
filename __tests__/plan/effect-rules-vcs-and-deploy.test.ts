/**
 * The git, GitHub, container, deploy and infrastructure rules (src/plan/effect-rules/
 * vcs-and-deploy.ts), each refused command with its exact refusal next to the read-only forms
 * that must run. Written from the mutants that survived effects.test.ts and effect-rules.test.ts;
 * the cases marked "was run" were commands that changed the tree or live resources and ran, those
 * marked "was refused" were checks the policy refused.
 */
import { expectRefused, expectRuns, type Row } from './effect-cases.js'

describe('git', () => {
  const changes = (sub: string): string => `'git ${sub}' changes the repository`
  test.each<Row>([
    ['git push origin main', 'deploy', "'git push' pushes to a remote repository"],
    ['git -C sub push', 'deploy', "'git push' pushes to a remote repository"],
    ['git -c user.name=x push', 'deploy', "'git push' pushes to a remote repository"],
    ['git --git-dir .git push', 'deploy', "'git push' pushes to a remote repository"],
    ['git --work-tree . push', 'deploy', "'git push' pushes to a remote repository"],
    ['git --namespace ns push', 'deploy', "'git push' pushes to a remote repository"],
    ['git --config-env a.b=HOME push', 'deploy', "'git push' pushes to a remote repository"],
    ['git --no-pager -p commit -m x', 'vcs-write', changes('commit')],
    ['git fetch', 'vcs-write', changes('fetch')],
    ['git branch -d old', 'vcs-write', changes('branch')],
    ['git branch -D old', 'vcs-write', changes('branch')],
    ['git tag -a v1 -m release', 'vcs-write', changes('tag')],
    ['git remote add origin u', 'vcs-write', changes('remote')],
    ['git remote set-url origin u', 'vcs-write', changes('remote')],
    ['git config user.name x', 'vcs-write', changes('config')],
    ['git config --global user.name x', 'vcs-write', changes('config')],
    // was run: one operand reads a key, but not with an option that writes.
    ['git config --unset user.name', 'vcs-write', changes('config')],
    ['git config --unset-all user.name', 'vcs-write', changes('config')],
    ['git config --remove-section alias', 'vcs-write', changes('config')],
    ['git config --edit', 'vcs-write', changes('config')],
    ['git config -e', 'vcs-write', changes('config')],
    ['git config --add a.b c', 'vcs-write', changes('config')],
    ['git config set user.name x', 'vcs-write', changes('config')],
    ['git stash pop', 'destructive', "'git stash' changes or discards files in the working tree"],
    ['git worktree add ../x', 'vcs-write', changes('worktree')],
    ['git submodule update --init', 'vcs-write', changes('submodule')],
    ['git notes add -m x', 'vcs-write', changes('notes')],
    [
      'git checkout -- .',
      'destructive',
      "'git checkout' changes or discards files in the working tree"
    ],
    ['git restore .', 'destructive', "'git restore' changes or discards files in the working tree"],
    ['git clean -fdx', 'destructive', "'git clean' changes or discards files in the working tree"],
    [
      'git reset --hard',
      'destructive',
      "'git reset' changes or discards files in the working tree"
    ],
    [
      'git switch main',
      'destructive',
      "'git switch' changes or discards files in the working tree"
    ],
    ['git stash', 'destructive', "'git stash' changes or discards files in the working tree"],
    // was run: diff, log and show write their output into the file --output names.
    ['git diff --output=x.patch', 'rewrite', "'git diff --output' writes x.patch in the project"],
    ['git diff --output x.patch', 'rewrite', "'git diff --output' writes x.patch in the project"],
    ['git log -1 --output=log.txt', 'rewrite', "'git log --output' writes log.txt in the project"],
    ['git show --output ../x', 'rewrite', "'git show --output' writes ../x in the project"],
    ['git archive -o app.tar HEAD', 'rewrite', "'git archive -o' writes app.tar in the project"],
    [
      'git archive --output=app.tar HEAD',
      'rewrite',
      "'git archive -o' writes app.tar in the project"
    ],
    ['git apply fix.patch', 'vcs-write', changes('apply')],
    ['git apply --check --apply fix.patch', 'vcs-write', changes('apply')],
    ['git merge --stat feature', 'vcs-write', changes('merge')],
    // A value read as an operand never makes a write a read.
    ['git commit -m summary', 'vcs-write', changes('commit')],
    ['git commit -m show', 'vcs-write', changes('commit')],
    ['git tag show', 'vcs-write', changes('tag')],
    [
      'git checkout list',
      'destructive',
      "'git checkout' changes or discards files in the working tree"
    ]
  ])('%s is refused as %s', (...row) => {
    expectRefused(row)
  })

  test.each([
    'git',
    'git --version',
    'git status --porcelain',
    'git -C sub status',
    'git -c core.quotepath=off diff --stat',
    // was refused: --git-dir and --work-tree take the next word, which is no subcommand.
    'git --git-dir .git status',
    'git --work-tree . status',
    'git --namespace ns log -1',
    // was refused: the second reading took `src` for the subcommand.
    'git --no-pager log -1 src',
    'git diff --exit-code',
    'git diff --output=/dev/null',
    'git log --output "$RUNNER_TEMP/log.txt"',
    'git diff --stat -- --output',
    'git rev-parse HEAD',
    'git describe --tags',
    'git ls-files -z',
    'git ls-remote origin',
    'git blame README.md',
    'git grep -n TODO',
    'git shortlog -sn',
    'git cat-file -p HEAD',
    'git rev-list --count HEAD',
    'git merge-base --is-ancestor a b',
    'git for-each-ref refs/tags',
    'git check-ignore -v x',
    'git show-ref --tags',
    'git count-objects -v',
    'git fsck',
    'git verify-tag v1',
    'git range-diff a...b',
    'git branch',
    'git branch -a',
    'git branch --list "feat/*"',
    'git branch -l "feat/*"',
    'git branch --show-current',
    'git branch --contains HEAD',
    'git branch --merged main',
    'git tag',
    'git tag -l "v*"',
    'git tag --contains HEAD',
    'git tag --merged=main',
    'git remote',
    'git remote -v',
    'git remote show origin',
    'git remote get-url origin',
    'git config user.name',
    'git config --get user.name',
    'git config --get-all remote.origin.fetch',
    'git config --get-regexp "^alias"',
    'git config --list',
    'git config -l',
    'git config list',
    'git config get user.name',
    'git stash list',
    'git stash show -p',
    'git worktree list',
    'git submodule status',
    'git submodule summary',
    'git notes list',
    'git notes show HEAD',
    // was refused: archive writes to standard output, apply --check only checks.
    'git archive --format=tar HEAD',
    'git archive -o /tmp/app.tar HEAD',
    'git archive -o"$RUNNER_TEMP/app.tar" HEAD',
    'git apply --check fix.patch',
    'git apply --stat fix.patch',
    'git apply --numstat --summary fix.patch'
  ])('%s runs', (command) => {
    expectRuns(command)
  })
})

describe('gh', () => {
  test.each<Row>([
    ['gh release create v1', 'release', "'gh release create' changes a GitHub release"],
    ['gh release upload v1 a.tgz', 'release', "'gh release upload' changes a GitHub release"],
    ['gh release edit v1 --draft', 'release', "'gh release edit' changes a GitHub release"],
    ['gh release delete v1 -y', 'release', "'gh release delete' changes a GitHub release"],
    [
      'gh release delete-asset v1 a',
      'release',
      "'gh release delete-asset' changes a GitHub release"
    ],
    ['gh pr merge 1', 'vcs-write', "'gh pr merge' changes the repository on GitHub"],
    ['gh -R o/r pr merge 1', 'vcs-write', "'gh pr merge' changes the repository on GitHub"],
    ['gh --repo o/r pr close 1', 'vcs-write', "'gh pr close' changes the repository on GitHub"],
    ['gh issue create -t x', 'vcs-write', "'gh issue create' changes the repository on GitHub"],
    [
      'gh repo edit --visibility public',
      'vcs-write',
      "'gh repo edit' changes the repository on GitHub"
    ],
    ['gh workflow run ci.yml', 'vcs-write', "'gh workflow run' changes the repository on GitHub"],
    ['gh run rerun 1', 'vcs-write', "'gh run rerun' changes the repository on GitHub"],
    ['gh secret set X', 'vcs-write', "'gh secret set' changes the repository on GitHub"],
    ['gh variable delete X', 'vcs-write', "'gh variable delete' changes the repository on GitHub"],
    ['gh label create bug', 'vcs-write', "'gh label create' changes the repository on GitHub"],
    ['gh cache delete key', 'vcs-write', "'gh cache delete' changes the repository on GitHub"],
    ...[
      'gh api -X POST repos/o/r/issues',
      'gh api --method DELETE repos/o/r/git/refs/heads/x',
      'gh api --method=PATCH repos/o/r',
      // was run: pflag reads a short option's value glued to it.
      'gh api -XDELETE repos/o/r/git/refs/heads/x',
      'gh api -iXPOST repos/o/r/issues',
      'gh api repos/o/r/issues -ftitle=x',
      'gh api repos/o/r/issues -F title=x',
      'gh api repos/o/r/issues --field=title=x',
      'gh api repos/o/r/issues --raw-field title=x',
      'gh api repos/o/r/contents/x --input body.json',
      'gh api -X GET repos/o/r --input body.json',
      'gh api graphql -f query=x'
    ].map((command): Row => [
      command,
      'vcs-write',
      "'gh api' with a method or fields writes to GitHub"
    ]),
    // was run: both download into the working directory unless -D or -O sends the files away.
    ...[
      ['gh run download 1', 'run'],
      ['gh run download 1 -n dist -D dist/../src', 'run'],
      ['gh release download v1', 'release'],
      ['gh release download v1 -D vendor', 'release'],
      ['gh release download v1 --dir=vendor', 'release'],
      ['gh release download v1 -O app.tgz', 'release'],
      ['gh release download v1 -Dvendor', 'release']
    ].map(([command, group]): Row => [
      command!,
      'rewrite',
      `'gh ${group!} download' writes the downloaded files into the project (download with -D "$RUNNER_TEMP/…" instead)`
    ])
  ])('%s is refused as %s', (...row) => {
    expectRefused(row)
  })

  test.each([
    'gh',
    'gh --version',
    'gh auth status',
    'gh pr',
    'gh pr view 1',
    'gh pr list --state open',
    'gh pr status',
    'gh pr diff 1',
    'gh pr checks 1 --watch',
    'gh -R o/r pr view 1',
    'gh issue list -l bug',
    'gh repo view --json name',
    'gh workflow view ci.yml',
    'gh run list',
    'gh run watch 1',
    'gh run view 1 --log-failed',
    'gh secret list',
    'gh variable list',
    'gh label list',
    'gh cache list',
    'gh release view v1',
    'gh release list',
    'gh search prs x',
    'gh api repos/o/r',
    'gh api repos/o/r/pulls --paginate -q ".[].title"',
    'gh api repos/o/r -H "Accept: application/vnd.github+json" -i',
    'gh api -X GET search/issues -f q=repo:o/r',
    'gh api --method=GET repos/o/r',
    'gh api -X head repos/o/r',
    'gh run download 1 -D /tmp/artifacts',
    'gh run download 1 --dir "$RUNNER_TEMP/artifacts"',
    'gh release download v1 -O -',
    'gh release download v1 --output=/tmp/app.tgz'
  ])('%s runs', (command) => {
    expectRuns(command)
  })
})

describe('docker and podman', () => {
  const push = (tool: string): string => `'${tool}' pushes an image to a registry`
  const buildPush = (tool: string): string =>
    `'${tool} --push' pushes the image it builds to a registry`
  test.each<Row>([
    ['docker push ghcr.io/x/y', 'deploy', push('docker push')],
    ['docker --context prod push x', 'deploy', push('docker push')],
    // was run: each of these pushes an image too.
    ['docker image push x', 'deploy', push('docker image push')],
    ['docker compose push', 'deploy', push('docker compose push')],
    ['docker compose -f c.yml push', 'deploy', push('docker compose push')],
    ['docker manifest push x', 'deploy', push('docker manifest push')],
    ['docker build --push -t x .', 'deploy', buildPush('docker build')],
    ['docker buildx build --push .', 'deploy', buildPush('docker buildx build')],
    ['docker buildx bake --push', 'deploy', buildPush('docker buildx bake')],
    ['docker compose build --push', 'deploy', buildPush('docker compose build')],
    ['docker buildx build -o type=registry .', 'deploy', buildPush('docker buildx build')],
    ['docker buildx build -otype=registry .', 'deploy', buildPush('docker buildx build')],
    [
      'docker buildx build --output=type=image,push=true .',
      'deploy',
      buildPush('docker buildx build')
    ],
    ['docker buildx build --output type=registry .', 'deploy', buildPush('docker buildx build')],
    ['podman push x', 'deploy', push('podman push')],
    ['podman image push x', 'deploy', push('podman image push')],
    ['podman manifest push x', 'deploy', push('podman manifest push')]
  ])('%s is refused as %s', (...row) => {
    expectRefused(row)
  })

  test.each([
    'docker',
    'docker --version',
    'docker build -t x .',
    'docker buildx build --load -t x .',
    'docker buildx build -o type=local,dest=/tmp/out .',
    'docker image ls',
    'docker image inspect x',
    'docker compose config',
    'docker compose build',
    'docker run --rm x npm test',
    'docker pull x',
    'podman build -t x .',
    'podman images'
  ])('%s runs', (command) => {
    expectRuns(command)
  })
})

describe('hosted deploys', () => {
  const live = (tool: string): string => `'${tool}' deploys or changes live resources`
  test.each<Row>([
    ['vercel', 'deploy', "'vercel' deploys the project"],
    ['vercel --prod', 'deploy', "'vercel' deploys the project"],
    ['vercel deploy --prebuilt', 'deploy', "'vercel' deploys the project"],
    ['vercel ./web', 'deploy', "'vercel' deploys the project"],
    ['vercel --cwd web', 'deploy', "'vercel' deploys the project"],
    ['vercel promote x', 'deploy', "'vercel' deploys the project"],
    ['vercel rm x', 'deploy', "'vercel' deploys the project"],
    // was run: `env` was read-only whatever its action.
    [
      'vercel env rm X production',
      'deploy',
      "'vercel env rm' changes the project's environment variables on Vercel"
    ],
    [
      'vercel env add X',
      'deploy',
      "'vercel env add' changes the project's environment variables on Vercel"
    ],
    [
      'vercel env pull',
      'rewrite',
      "'vercel env pull' writes the environment variables into .env.local in the project"
    ],
    [
      'vercel env pull .env',
      'rewrite',
      "'vercel env pull' writes the environment variables into .env in the project"
    ],
    ['netlify deploy --prod', 'deploy', live('netlify deploy')],
    ['firebase deploy --only hosting', 'deploy', live('firebase deploy')],
    // was run: a preview channel is a deploy.
    ['firebase hosting:channel:deploy pr-1', 'deploy', live('firebase hosting:channel:deploy')],
    ['flyctl deploy', 'deploy', live('flyctl deploy')],
    ['fly deploy --remote-only', 'deploy', live('fly deploy')],
    ['wrangler deploy', 'deploy', live('wrangler deploy')],
    ['wrangler publish', 'deploy', live('wrangler publish')],
    // was run: wrangler's groups hide the command that writes.
    ['wrangler pages deploy dist', 'deploy', live('wrangler pages deploy')],
    ['wrangler versions upload', 'deploy', live('wrangler versions upload')],
    ['wrangler secret put TOKEN', 'deploy', live('wrangler secret put')],
    ['wrangler kv key delete k --binding B', 'deploy', live('wrangler kv key delete')],
    ['wrangler d1 migrations apply db --remote', 'deploy', live('wrangler d1 migrations apply')],
    ['wrangler rollback', 'deploy', live('wrangler rollback')],
    ['wrangler --env prod deploy', 'deploy', live('wrangler deploy')],
    ['serverless deploy', 'deploy', live('serverless deploy')],
    ['serverless remove', 'deploy', live('serverless remove')],
    ['sls deploy -s prod', 'deploy', live('sls deploy')],
    ['sls remove', 'deploy', live('sls remove')],
    ['cdk deploy --all', 'deploy', live('cdk deploy')],
    ['cdk destroy', 'deploy', live('cdk destroy')],
    ['pulumi up --yes', 'deploy', live('pulumi up')],
    ['pulumi update', 'deploy', live('pulumi update')],
    ['pulumi destroy', 'deploy', live('pulumi destroy')],
    ['pulumi --cwd infra up', 'deploy', live('pulumi up')],
    // was run: these change the stack, its state, or Pulumi.<stack>.yaml in the project.
    ['pulumi refresh --yes', 'deploy', live('pulumi refresh')],
    ['pulumi import aws:s3/bucket:Bucket b b', 'deploy', live('pulumi import')],
    ['pulumi cancel', 'deploy', live('pulumi cancel')],
    ['pulumi stack init dev', 'deploy', live('pulumi stack init')],
    ['pulumi stack rm dev', 'deploy', live('pulumi stack rm')],
    ['pulumi config set aws:region eu-west-1', 'deploy', live('pulumi config set')],
    ['pulumi config rm key', 'deploy', live('pulumi config rm')],
    ['cdk bootstrap', 'deploy', live('cdk bootstrap')],
    ['cdk watch', 'deploy', live('cdk watch')],
    ['cdk import', 'deploy', live('cdk import')],
    ['surge ./dist', 'deploy', "'surge' publishes the site"],
    ['surge', 'deploy', "'surge' publishes the site"],
    ['gh-pages -d dist', 'deploy', "'gh-pages' publishes to the gh-pages branch"],
    [
      'npx gh-pages -d dist',
      'deploy',
      "'gh-pages' publishes to the gh-pages branch — run through 'npx'"
    ],
    ['gcloud app deploy', 'deploy', "'gcloud app deploy' deploys to Google Cloud"],
    ['gcloud run deploy api --source .', 'deploy', "'gcloud run deploy' deploys to Google Cloud"],
    // A value after an option stays out of the name, and is no verb.
    [
      'gcloud --project p functions deploy f',
      'deploy',
      "'gcloud functions deploy' deploys to Google Cloud"
    ],
    // was run: every gcloud verb that changes resources, and Cloud Deploy's own.
    [
      'gcloud compute instances delete vm --zone z',
      'deploy',
      "'gcloud compute instances delete' changes Google Cloud resources"
    ],
    [
      'gcloud storage cp a.txt gs://b',
      'deploy',
      "'gcloud storage cp' changes Google Cloud resources"
    ],
    [
      'gcloud storage rm gs://b/a.txt',
      'deploy',
      "'gcloud storage rm' changes Google Cloud resources"
    ],
    [
      'gcloud run services update api --image x',
      'deploy',
      "'gcloud run services update' changes Google Cloud resources"
    ],
    [
      'gcloud run services update-traffic api --to-latest',
      'deploy',
      "'gcloud run services update-traffic' changes Google Cloud resources"
    ],
    [
      'gcloud projects add-iam-policy-binding p --member m',
      'deploy',
      "'gcloud projects add-iam-policy-binding' changes Google Cloud resources"
    ],
    ['gcloud config set project p', 'deploy', "'gcloud config set' changes Google Cloud resources"],
    [
      'gcloud deploy releases create r',
      'deploy',
      "'gcloud deploy releases create' changes Google Cloud resources"
    ],
    [
      'gcloud deploy apply --file x.yaml',
      'deploy',
      "'gcloud deploy apply' changes Google Cloud resources"
    ],
    ['netlify env:set KEY value', 'deploy', live('netlify env:set')],
    ['netlify sites:delete id', 'deploy', live('netlify sites:delete')],
    ['firebase database:remove /x', 'deploy', live('firebase database:remove')],
    ['firebase functions:config:set a.b=1', 'deploy', live('firebase functions:config:set')],
    ['firebase firestore:delete -r /c', 'deploy', live('firebase firestore:delete')],
    ['fly --app web deploy', 'deploy', live('fly deploy')],
    ['flyctl -a web deploy', 'deploy', live('flyctl deploy')],
    ['fly --verbose deploy', 'deploy', live('fly deploy')],
    ['fly secrets set KEY=1', 'deploy', live('fly secrets set')],
    ['fly -a web secrets unset KEY', 'deploy', live('fly secrets unset')],
    ['fly scale count 2', 'deploy', live('fly scale count')],
    ['fly apps destroy web -y', 'deploy', live('fly apps destroy')],
    ['fly launch --no-deploy', 'deploy', live('fly launch')]
  ])('%s is refused as %s', (...row) => {
    expectRefused(row)
  })

  test.each([
    'vercel --version',
    'vercel -v',
    'vercel --help',
    'vercel -h',
    'vercel ls',
    'vercel list',
    'vercel inspect x',
    'vercel whoami',
    'vercel logs x',
    'vercel help',
    'vercel build --prod',
    'vercel dev',
    'vercel pull --yes',
    // was refused: --cwd's value was read as a path to deploy.
    'vercel --cwd web ls',
    'vercel -A vercel.json --scope team build',
    'vercel env',
    'vercel env ls',
    'vercel env list production',
    'vercel env pull /tmp/.env',
    'netlify status',
    'netlify build',
    'firebase emulators:exec "npm test"',
    'firebase hosting:channel:list',
    'fly status',
    'wrangler dev',
    'wrangler whoami',
    // was refused: a dry run builds and uploads nothing.
    'wrangler deploy --dry-run --outdir /tmp/w',
    'sls package',
    'serverless print',
    'cdk synth',
    'cdk diff',
    'pulumi preview',
    'pulumi stack ls',
    'pulumi stack output --json',
    'pulumi config get aws:region',
    'pulumi config',
    'pulumi whoami',
    'cdk ls',
    'gcloud run services list',
    'gcloud auth list',
    'gcloud deploy',
    // was refused: Cloud Deploy's reads.
    'gcloud deploy releases list --delivery-pipeline p',
    'gcloud deploy targets describe t',
    'gcloud storage ls gs://b',
    'gcloud run services describe api --format json',
    'gcloud config list',
    'netlify env:list',
    'netlify env:get KEY',
    'firebase database:get /x',
    'firebase hosting:channel:list',
    'fly secrets list',
    'fly scale show',
    'fly logs --app web',
    'flyctl status -a web'
  ])('%s runs', (command) => {
    expectRuns(command)
  })
})

describe('kubernetes and helm', () => {
  const live = (tool: string): string => `'${tool}' deploys or changes live resources`
  test.each<Row>([
    ...[
      'apply',
      'create',
      'delete',
      'replace',
      'patch',
      'edit',
      'scale',
      'set',
      'label',
      'annotate',
      'expose',
      'run',
      'drain',
      'cordon',
      'taint'
    ].map((sub): Row => [`kubectl ${sub} x`, 'deploy', live(`kubectl ${sub}`)]),
    ['kubectl rollout restart deploy/x', 'deploy', live('kubectl rollout')],
    ['kubectl rollout undo deploy/x', 'deploy', live('kubectl rollout')],
    ['kubectl -n prod apply -f k8s/', 'deploy', live('kubectl apply')],
    ['kubectl apply --dry-run=none -f k8s/', 'deploy', live('kubectl apply')],
    ['helm install app ./chart', 'deploy', live('helm install')],
    ['helm upgrade --install app ./chart', 'deploy', live('helm upgrade')],
    ['helm uninstall app', 'deploy', live('helm uninstall')],
    ['helm delete app', 'deploy', live('helm delete')],
    ['helm rollback app 1', 'deploy', live('helm rollback')],
    ['helm upgrade app ./chart --dry-run=false', 'deploy', live('helm upgrade')],
    ['helm push chart.tgz oci://r', 'release', "'helm push' pushes a chart to a registry"],
    // was run: both write charts/ and Chart.lock into the project.
    [
      'helm dependency update ./chart',
      'dependency-change',
      "'helm dependency update' changes the chart's dependencies (charts/ and Chart.lock)"
    ],
    [
      'helm dep up ./chart',
      'dependency-change',
      "'helm dep up' changes the chart's dependencies (charts/ and Chart.lock)"
    ],
    [
      'helm dependencies build ./chart',
      'dependency-change',
      "'helm dependencies build' changes the chart's dependencies (charts/ and Chart.lock)"
    ]
  ])('%s is refused as %s', (...row) => {
    expectRefused(row)
  })

  test.each([
    'kubectl',
    'kubectl get pods -A',
    'kubectl diff -f k8s/',
    'kubectl -n prod get deploy',
    // was refused: the readiness checks of a rollout, and dry runs.
    'kubectl rollout status deploy/x --timeout=60s',
    'kubectl rollout history deploy/x',
    'kubectl -n prod rollout status deploy/x',
    'kubectl apply --dry-run=client -f k8s/',
    'kubectl apply --dry-run=server -f k8s/',
    'kubectl delete --dry-run -f k8s/',
    'helm',
    'helm lint ./chart',
    'helm template app ./chart',
    'helm dependency list ./chart',
    'helm upgrade --install app ./chart --dry-run',
    'helm install app ./chart --dry-run=server',
    'helm install app ./chart --dry-run=true'
  ])('%s runs', (command) => {
    expectRuns(command)
  })
})

describe('aws', () => {
  const changes = (what: string): string => `'aws ${what}' changes cloud resources`
  test.each<Row>([
    ['aws s3 cp a s3://b', 'deploy', changes('s3 cp')],
    ['aws s3 sync . s3://b', 'deploy', changes('s3 sync')],
    ['aws s3 mv s3://b/a s3://b/c', 'deploy', changes('s3 mv')],
    ['aws s3 rm s3://b/x', 'deploy', changes('s3 rm')],
    ['aws s3api put-object --bucket b --key k', 'deploy', changes('s3api put-object')],
    [
      'aws lambda update-function-code --function-name f',
      'deploy',
      changes('lambda update-function-code')
    ],
    [
      'aws deploy create-deployment --application-name a',
      'deploy',
      changes('deploy create-deployment')
    ],
    ['aws cloudformation deploy --template-file t.yml', 'deploy', changes('cloudformation deploy')],
    // was run: only eight operation names were refused.
    ['aws s3 mb s3://x', 'deploy', changes('s3 mb')],
    ['aws s3api delete-object --bucket b --key k', 'deploy', changes('s3api delete-object')],
    [
      'aws ec2 terminate-instances --instance-ids i-1',
      'deploy',
      changes('ec2 terminate-instances')
    ],
    [
      'aws cloudformation delete-stack --stack-name s',
      'deploy',
      changes('cloudformation delete-stack')
    ],
    ['aws ecs update-service --force-new-deployment', 'deploy', changes('ecs update-service')],
    // was named 'aws --region us-east-1': the reason names the service and the operation.
    ['aws --region us-east-1 s3 cp a s3://b', 'deploy', changes('s3 cp')],
    [
      'aws --profile prod --output json lambda invoke --function-name f /tmp/o',
      'deploy',
      changes('lambda invoke')
    ]
  ])('%s is refused as %s', (...row) => {
    expectRefused(row)
  })

  test.each([
    'aws',
    'aws --version',
    'aws help',
    'aws s3',
    'aws s3 ls s3://b',
    'aws --debug s3 ls',
    'aws s3 presign s3://b/k',
    'aws sts get-caller-identity',
    'aws ec2 describe-instances --region eu-west-1',
    'aws lambda list-functions',
    'aws s3api head-object --bucket b --key k',
    'aws s3api get-object-tagging --bucket b --key k',
    'aws logs filter-log-events --log-group-name g',
    'aws logs tail g --since 1h',
    'aws dynamodb scan --table-name t',
    'aws dynamodb query --table-name t',
    'aws dynamodb batch-get-item --request-items file:///tmp/i.json',
    'aws cloudformation validate-template --template-body file://t.yml',
    'aws ec2 wait instance-running --instance-ids i-1',
    'aws ecr get-login-password',
    'aws resourcegroupstaggingapi search-resources',
    'aws cloudtrail lookup-events',
    'aws iam simulate-principal-policy --policy-source-arn a'
  ])('%s runs', (command) => {
    expectRuns(command)
  })
})

describe('terraform', () => {
  test.each<Row>([
    [
      'terraform fmt',
      'format',
      "'terraform fmt' rewrites files with its formatting (the check is 'terraform fmt -check')"
    ],
    [
      'terraform fmt -recursive',
      'format',
      "'terraform fmt' rewrites files with its formatting (the check is 'terraform fmt -check')"
    ],
    [
      'terraform fmt -check=false',
      'format',
      "'terraform fmt' rewrites files with its formatting (the check is 'terraform fmt -check')"
    ],
    [
      'terraform fmt -write=true',
      'format',
      "'terraform fmt' rewrites files with its formatting (the check is 'terraform fmt -check')"
    ],
    [
      'terraform destroy -auto-approve',
      'destructive',
      "'terraform destroy' destroys infrastructure"
    ],
    ['terraform apply -auto-approve', 'deploy', "'terraform apply' changes infrastructure"],
    ['terraform -chdir=infra apply', 'deploy', "'terraform apply' changes infrastructure"],
    ['terraform import aws_s3_bucket.b b', 'deploy', "'terraform import' changes infrastructure"],
    ['terraform taint aws_instance.a', 'deploy', "'terraform taint' changes infrastructure"],
    ['terraform untaint aws_instance.a', 'deploy', "'terraform untaint' changes infrastructure"],
    // was run: refresh writes what it reads into the state.
    ['terraform refresh', 'deploy', "'terraform refresh' changes infrastructure"],
    // was run: an option between state and its action hid the action.
    [
      'terraform state -lock=false rm x',
      'deploy',
      "'terraform state' changes the infrastructure state"
    ],
    [
      'terraform -chdir=infra state mv a b',
      'deploy',
      "'terraform state' changes the infrastructure state"
    ],
    ...['rm', 'mv', 'push', 'replace-provider'].map((action): Row => [
      `terraform state ${action} x`,
      'deploy',
      "'terraform state' changes the infrastructure state"
    ])
  ])('%s is refused as %s', (...row) => {
    expectRefused(row)
  })

  test.each([
    'terraform',
    'terraform fmt -check',
    'terraform fmt --check -recursive',
    'terraform fmt -check -diff',
    // was refused: Go's boolean flags take a value after `=`.
    'terraform fmt -check=true',
    'terraform fmt -write=false',
    'terraform -chdir=infra validate',
    'terraform plan -lock=false',
    'terraform state list',
    'terraform state show aws_instance.a',
    'terraform workspace select mv',
    'terraform output rm',
    'terraform state',
    'terraform show -json',
    'terraform output'
  ])('%s runs', (command) => {
    expectRuns(command)
  })
})
