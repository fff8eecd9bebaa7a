#!/usr/bin/env bash
# Lighthouse (npm, run by Node) with Debian's Chromium against `limber serve` on a throwaway H2 file:
# home, a question page, the verdict page, the plan page, the player, the journal (signed up first)
# and a technique page, each category's score printed per page. The verdict and plan pages are the answers to form
# posts, so a Lighthouse user flow walks the questions in the browser and audits the navigation.
# Each page's report goes to target/lighthouse/reports (NAME.json, and flow.html for them all).
# Usage: bench/lighthouse.sh [--only PAGE] [PORT]   (Lighthouse 12 is installed under target/lighthouse once)
#   --only player   audits that page alone (home, question page, verdict, plan, player, journal,
#                   technique); the walk to it is the same, unaudited.
set -euo pipefail
cd "$(dirname "$0")/.."
only=""
if [ "${1:-}" = "--only" ]; then
  only="${2:?--only needs a page name}"
  shift 2
  case "$only" in
    home | "question page" | verdict | plan | player | journal | technique) ;;
    *) echo "no page named '$only' is audited" >&2 && exit 2 ;;
  esac
fi
port="${1:-18097}"
base="http://127.0.0.1:$port"
tools="target/lighthouse"
if [ ! -d "$tools/node_modules/lighthouse" ]; then
  mkdir -p "$tools"
  npm install --silent --prefix "$tools" lighthouse@12 >/dev/null
fi
./limber --version >/dev/null # builds the jar when the sources changed
work="$(mktemp -d)"
LIMBER_JAVA_OPTS="-Xmx256m" ./limber serve --port "$port" \
  --db "jdbc:h2:file:$work/limber" >"$work/server.log" 2>&1 &
server=$!
trap 'kill "$server" 2>/dev/null; wait "$server" 2>/dev/null || true; rm -rf "$work"' EXIT
for _ in $(seq 150); do curl -sf "$base/health/ready" >/dev/null && break; sleep 0.2; done
cat >"$tools/run.mjs" <<'JS'
import { mkdirSync, writeFileSync } from "node:fs";
import puppeteer from "puppeteer-core";
import { startFlow } from "lighthouse";

const base = process.argv[2];
const only = process.argv[3] || "";
const reports = process.argv[4];
const browser = await puppeteer.launch({
  executablePath: "/usr/bin/chromium",
  args: ["--headless=new", "--no-sandbox"],
});
const page = await browser.newPage();
const config = { extends: "lighthouse:default", settings: { formFactor: "mobile" } };
const flow = await startFlow(page, { config });

// Answers "no" to every yes/no question and the first choice of each other one, topic by topic.
async function answerTopic() {
  await page.evaluate(() => {
    for (const none of document.querySelectorAll("form.questions input[name=none]")) none.checked = true;
    for (const radio of document.querySelectorAll("form.questions input[type=radio]")) {
      if (radio.value === "no" || radio.id.endsWith("-no")) radio.checked = true;
    }
    for (const group of new Set([...document.querySelectorAll("form.questions input[type=radio]")].map((r) => r.name))) {
      const chosen = document.querySelector(`input[name="${group}"]:checked`);
      if (!chosen) document.querySelector(`input[name="${group}"]`).checked = true;
    }
    for (const field of document.querySelectorAll("form.questions input[type=text], form.questions input[type=number]")) {
      if (!field.value) field.value = field.id.includes("age") ? "35" : "0";
    }
  });
  await Promise.all([page.waitForNavigation(), page.click("form.questions button[value=next]")]);
}

const audited = [];
async function navigate(name, target) {
  if (only && name !== only) {
    if (typeof target === "string") await page.goto(base + target);
    else await target();
    return;
  }
  if (typeof target === "string") await flow.navigate(base + target, { name });
  else await flow.navigate(target, { name });
  audited.push(name);
}

await navigate("home", "/");
await navigate("question page", "/check");
// Every topic but the last outside the audit; the last one's answer is the verdict page.
for (let topic = 0; topic < 6 && !(await page.$("[data-question=floor]")); topic++) {
  await answerTopic();
}
await navigate("verdict", answerTopic);
await navigate("plan", async () => {
  await Promise.all([page.waitForNavigation(), page.click("form.routine-form button[type=submit]")]);
});
await navigate("player", async () => {
  await Promise.all([page.waitForNavigation(), page.click("form[action='/play'] button[type=submit]")]);
});
// Signed up (and so in) outside the audit, so the journal audited is a person's own.
await page.goto(base + "/sign-up");
await page.type("#email", "lighthouse@example.org");
await page.type("#password", "a long walk by the quiet river");
await Promise.all([page.waitForNavigation(), page.click("form[action='/sign-up'] button[type=submit]")]);
await navigate("journal", "/journal");
await navigate("technique", "/techniques/upward-stretch");

const result = await flow.createFlowResult();
mkdirSync(reports, { recursive: true });
writeFileSync(`${reports}/flow.html`, await flow.generateReport());
for (const step of result.steps) {
  writeFileSync(`${reports}/${step.name.replaceAll(" ", "-")}.json`, JSON.stringify(step.lhr, null, 1));
  const scores = Object.values(step.lhr.categories)
    .map((category) => `${category.title} ${Math.round(category.score * 100)}`)
    .join(", ");
  console.log(`${step.name}\t${step.lhr.finalDisplayedUrl.replace(base, "")}\t${scores}`);
}
await browser.close();
JS
node "$tools/run.mjs" "$base" "$only" "$tools/reports"
