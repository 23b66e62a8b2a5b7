#!/usr/bin/env python3
"""Drives `collect review` in a real browser (Debian's chromium through chromedriver) as the admin
would, on a copy of the demo: approve two messages, hold one with a note, edit one, resolve an
escalation, record a promise; then checks the spool and the state through the command line, and
that a stranger, a stale form and another site are refused. Saves a screenshot of each page.

    Scripts/review-browser.py .build/debug/collect SHOTS_DIR
"""
import datetime
import os
import re
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.parse
import urllib.request

from selenium import webdriver
from selenium.common.exceptions import WebDriverException
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import WebDriverWait

collect = os.path.abspath(sys.argv[1])
shots = os.path.abspath(sys.argv[2] if len(sys.argv) > 2 else "review-shots")
os.makedirs(shots, exist_ok=True)
root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
failures = []


def check(condition, what):
    print(("ok   " if condition else "FAIL ") + what)
    if not condition:
        failures.append(what)


def cli(*args, ok=True):
    result = subprocess.run([collect, *args, "--workspace", workspace], capture_output=True, text=True)
    if ok and result.returncode != 0:
        raise SystemExit(f"collect {' '.join(args)} failed: {result.stderr}")
    return result.stdout


workspace = tempfile.mkdtemp(prefix="collect-review-")
shutil.copytree(os.path.join(root, "Samples/demo"), workspace, dirs_exist_ok=True)
cli("run", "--as-of", "2026-11-30")

with socket.socket() as probe:
    probe.bind(("127.0.0.1", 0))
    port = probe.getsockname()[1]
server = subprocess.Popen(
    [collect, "review", "--workspace", workspace, "--port", str(port)], stdout=subprocess.PIPE, text=True)
link = None
deadline = time.time() + 60
while time.time() < deadline and link is None:
    line = server.stdout.readline()
    match = re.search(r"(http://127\.0\.0\.1:\d+/login\?token=[0-9a-f]+)", line or "")
    if match:
        link = match.group(1)
if link is None:
    server.kill()
    raise SystemExit("collect review printed no link")
base = f"http://127.0.0.1:{port}"
# The desk runs on the real clock: a promise is a date after today.
promise_date = (datetime.date.today() + datetime.timedelta(days=11)).isoformat()


def status(url, data=None, headers=None):
    request = urllib.request.Request(url, data=data, headers=headers or {})
    opener = urllib.request.build_opener(NoRedirect)
    try:
        return opener.open(request, timeout=10).status
    except urllib.error.HTTPError as error:
        return error.code


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


try:
    # A stranger: no session, a wrong token.
    check(status(base + "/") == 401, "no session: the desk answers 401")
    check(status(base + "/messages") == 401, "no session: the message list answers 401")
    check(status(base + "/login?token=" + "0" * 64) == 403, "a wrong token opens nothing")

    options = webdriver.ChromeOptions()
    options.binary_location = "/usr/bin/chromium"
    for flag in ("--headless", "--no-sandbox", "--disable-gpu", "--window-size=1280,900"):
        options.add_argument(flag)
    browser = webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)
    browser.implicitly_wait(5)

    def shot(name):
        browser.save_screenshot(os.path.join(shots, name + ".png"))

    def submit(element):
        """Clicks, and waits until the browser has left the page (a form posts and redirects)."""
        page = browser.find_element(By.TAG_NAME, "html")
        element.click()

        def left(_):
            # Chromium reports a node of a page it has left either as stale or, racing the
            # navigation, as "does not belong to the document": both mean the page is gone.
            try:
                page.is_enabled()
                return False
            except WebDriverException:
                return True

        WebDriverWait(browser, 15).until(left)

    def flash():
        return " ".join(e.text for e in browser.find_elements(By.CSS_SELECTOR, ".flash, .error"))

    browser.get(link)
    check("Tonight" in browser.title, "the one-time link opens the desk on Tonight")
    check("waiting for your review" in browser.page_source, "Tonight says what waits for review")
    shot("tonight")
    check(status(link) == 403, "the link works once")

    # Messages: approve two, largest first.
    browser.get(base + "/messages")
    shot("messages")
    boxes = browser.find_elements(By.CSS_SELECTOR, "input[name=id]")
    check(len(boxes) >= 5, f"the message list shows the batch ({len(boxes)} to select)")
    ids = [box.get_attribute("value") for box in boxes]
    channels = {box.get_attribute("value"): box.find_element(By.XPATH, "./ancestor::tr").text for box in boxes}
    boxes[0].click()
    boxes[1].click()
    submit(browser.find_element(By.CSS_SELECTOR, "button[name=action][value=approve]"))
    check("Approved 2 messages" in flash(), "approving two checked messages says so")

    # Hold one with a note, from its page.
    held = ids[2]
    browser.get(base + "/messages/" + held)
    hold_form = [f for f in browser.find_elements(By.CSS_SELECTOR, "form") if "Hold" in f.text][0]
    hold_form.find_element(By.NAME, "note").send_keys("Calling them first")
    submit(hold_form.find_element(By.TAG_NAME, "button"))
    check("held " + held in flash(), "holding a message with a note says so")

    # Edit one: the decoded text, with a diff.
    # An e-mail, so the check below reads it in the mail spool as the customer gets it.
    edited = next(i for i in ids[3:] if "e-mail" in channels[i])
    browser.get(base + "/messages/" + edited)
    area = browser.find_element(By.NAME, "text")
    text = area.get_attribute("value")
    head, _, rest = text.partition("\n\n")
    area.clear()
    area.send_keys(head + "\n\nThanks for the call this morning.\n\n" + rest)
    submit([f for f in browser.find_elements(By.CSS_SELECTOR, "form") if "Save the edit" in f.text][0].find_element(
        By.TAG_NAME, "button"))
    said = flash()
    check(": edited;" in said, "saving an edit says so: " + said)
    added = " ".join(e.text for e in browser.find_elements(By.CSS_SELECTOR, ".diff ins"))
    check("Thanks for the call this morning." in added, "the message page shows the added line")
    if "Thanks" not in added:
        open("/tmp/page.html", "w").write(browser.page_source)
    shot("message")
    # Approve the edited one too, so the release sends it.
    submit([f for f in browser.find_elements(By.CSS_SELECTOR, "form") if f.text.strip() == "Approve"][0].find_element(
        By.TAG_NAME, "button"))

    # Needs you: resolve one escalation, record a promise on another's invoice.
    browser.get(base + "/needs-you")
    shot("needs-you")
    cards = browser.find_elements(By.CSS_SELECTOR, "section.escalation")
    check(len(cards) >= 2, f"needs-you lists the escalations ({len(cards)})")
    first_id = cards[0].get_attribute("id")[1:]
    resolve = [f for f in cards[0].find_elements(By.CSS_SELECTOR, "form") if "Resolve" in f.text][0]
    resolve.find_element(By.NAME, "note").send_keys("Phoned; they pay Friday")
    submit(resolve.find_element(By.TAG_NAME, "button"))
    check("resolved escalation " + first_id in flash(), "resolving an escalation says so")
    promised = None
    for card in browser.find_elements(By.CSS_SELECTOR, "section.escalation"):
        forms = [f for f in card.find_elements(By.CSS_SELECTOR, "form") if "Record promise" in f.text]
        if forms:
            promised = forms[0].find_element(By.NAME, "invoice").get_attribute("value")
            browser.execute_script("arguments[0].value = arguments[1]", forms[0].find_element(By.NAME, "by"), promise_date)
            submit(forms[0].find_element(By.TAG_NAME, "button"))
            break
    check(promised is not None and promise_date in flash(), f"recording a promise on {promised} says so")

    for page in ("results", "playbook"):
        browser.get(base + "/" + page)
        check(browser.find_element(By.TAG_NAME, "h1").text != "Error", f"/{page} opens")
        shot(page)
    if promised:
        browser.get(base + "/messages")
        links = browser.find_elements(By.CSS_SELECTOR, "a[href^='/customers/']")
        submit(links[0])
        shot("customer")

    # A stale form (no CSRF token) and another site's form are refused, even with the session.
    cookie = browser.get_cookie("collect_desk")["value"]
    headers = {"Cookie": "collect_desk=" + cookie, "Origin": base,
               "Content-Type": "application/x-www-form-urlencoded"}
    target = next(i for i in ids[3:] if i != edited)
    body = urllib.parse.urlencode({"action": "approve", "id": target, "back": "/"}).encode()
    check(status(base + "/messages/act", body, headers) == 403, "a change without its CSRF token is refused")
    csrf = browser.find_element(By.NAME, "csrf").get_attribute("value")
    forged = urllib.parse.urlencode({"csrf": csrf, "action": "approve", "id": target, "back": "/"}).encode()
    check(status(base + "/messages/act", forged, {**headers, "Origin": "http://evil.example"}) == 403,
          "a change from another origin is refused")
    check(status(base + "/", None, {"Cookie": "collect_desk=" + cookie, "Host": "evil.example:%d" % port}) == 421,
          "a page asked for under another host name is refused")
    browser.quit()
finally:
    server.terminate()
    server.wait(timeout=10)

# The state and the spool, through the command line.
shown = {i: cli("show", i) for i in ids}
check(all("· approved" in shown[i] for i in (ids[0], ids[1], edited)), "the two checked and the edited one are approved")
check("· held" in shown[held] and "Calling them first" in shown[held], "the held one is held with its note")
check("· staged" in shown[target], "the forged approvals changed nothing")
cli("release", "--now", "2026-11-30T10:00")
spool = os.path.join(workspace, "outbox/mail/new")
sent = [open(os.path.join(spool, name), encoding="utf-8", errors="replace").read() for name in os.listdir(spool)]
check(any("Thanks for the call this morning." in re.sub(r"=\r?\n", "", m) for m in sent), "the customer receives the edit")
check(len(sent) >= 2, f"the approved messages went into the mail spool ({len(sent)})")
recipient = re.search(r"to (\S+) ·", shown[held]).group(1)
check(not any(recipient in m for m in sent) or "sms" in shown[held], "the held message did not go")
escalations = cli("escalations", "--all")
check(f"#{first_id}" in escalations or first_id in escalations, "the resolved escalation is in the queue's history")
if promised:
    check(promise_date in cli("explain", promised, "--as-of", "2026-11-30"), "explain shows the promise")
shutil.rmtree(workspace, ignore_errors=True)
print(f"screenshots in {shots}")
if failures:
    print(f"{len(failures)} check(s) failed")
    sys.exit(1)
print("the review desk passed in a real browser")
