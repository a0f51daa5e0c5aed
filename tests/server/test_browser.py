"""A real headless Chromium (Debian's chromium + chromium-driver through Selenium) drives the page: the seed request
in the contract studio, principal 10, deploy on the memory chain, explanation and schedule; in the chat a payment,
approved with the keyboard, and its receipt. Screenshots go to build/screenshots/server/ (test artefacts)."""

from __future__ import annotations

import os
import re
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.server.conftest import ROOT, Server

CHROMIUM = os.environ.get("LEDGERLM_CHROMIUM", "/usr/bin/chromium")
DRIVER = os.environ.get("LEDGERLM_CHROMEDRIVER", "/usr/bin/chromedriver")
SHOTS = ROOT / "build" / "screenshots" / "server"
SEED = "自动借贷合约，贷款期限3个月，年利率5%，每期还款10%本金"
BOB = "0x1111111111111111111111111111111111111111"

pytestmark = pytest.mark.skipif(
    not (Path(CHROMIUM).exists() and Path(DRIVER).exists()),
    reason="needs chromium + chromium-driver (sh tools/install-browser.sh)",
)


@pytest.fixture(scope="module")
def browser(server: Server, tmp_path_factory: pytest.TempPathFactory) -> Iterator[object]:
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    opts = webdriver.ChromeOptions()
    opts.binary_location = CHROMIUM
    profile = tmp_path_factory.mktemp("chromium-profile")
    for flag in (
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--window-size=1280,1400",
        f"--user-data-dir={profile}",
    ):
        opts.add_argument(flag)
    driver = webdriver.Chrome(service=Service(DRIVER), options=opts)
    driver.set_page_load_timeout(60)
    if SHOTS.exists():
        shutil.rmtree(SHOTS)
    SHOTS.mkdir(parents=True)
    yield driver
    driver.quit()


def _wait(driver: object, timeout: float = 180):
    from selenium.webdriver.support.ui import WebDriverWait

    return WebDriverWait(driver, timeout)


def test_studio_seed_request_deploys_and_explains(browser: object, server: Server) -> None:
    from selenium.webdriver.common.by import By
    from selenium.webdriver.common.keys import Keys
    from selenium.webdriver.support import expected_conditions as EC
    from selenium.webdriver.support.ui import Select

    d = browser
    d.get(server.url + "/")
    Select(d.find_element(By.ID, "lang")).select_by_value("zh")
    assert d.find_element(By.ID, "tab-studio").text == "合约工作室"
    d.find_element(By.ID, "tab-studio").click()
    box = d.find_element(By.ID, "studio-text")
    box.send_keys(SEED)
    box.send_keys(Keys.ENTER)
    _wait(d).until(EC.visibility_of_element_located((By.ID, "param-principal")))
    principal = d.find_element(By.ID, "param-principal")
    assert principal.get_attribute("value") == ""  # the sentence gives no principal: asked, never guessed
    principal.send_keys("10")
    principal.send_keys(Keys.ENTER)
    _wait(d).until(
        lambda drv: (
            drv.find_element(By.ID, "param-principal").get_attribute("value") == "10"
            and drv.find_element(By.ID, "deploy").is_enabled()
        )
    )
    rows = {r.find_element(By.TAG_NAME, "th").text: r for r in d.find_elements(By.CSS_SELECTOR, "#spec-table tbody tr")}
    assert rows["term_months"].find_element(By.TAG_NAME, "input").get_attribute("value") == "3"
    assert rows["annual_rate_pct"].find_element(By.TAG_NAME, "input").get_attribute("value") == "5"
    if d.find_elements(By.CSS_SELECTOR, "#studio-request mark"):  # the parser reported evidence: words are marked
        assert "3个月" in [m.text for m in d.find_elements(By.CSS_SELECTOR, "#studio-request mark")]
    d.save_screenshot(str(SHOTS / "1-studio-plan.png"))
    if d.find_element(By.ID, "deploy-code-label").is_displayed():  # 10 ETH is above the value threshold
        d.find_element(By.ID, "deploy-code").send_keys(d.find_element(By.ID, "deploy-code-shown").text)
    d.find_element(By.ID, "deploy").click()
    _wait(d).until(lambda drv: len(drv.find_elements(By.CSS_SELECTOR, "#schedule-table tbody tr")) == 3)
    stages = [li.get_attribute("data-stage") for li in d.find_elements(By.CSS_SELECTOR, "#progress li.done")]
    assert stages == ["parse", "compile", "analyse", "test", "deploy", "verify", "fund"]
    assert "借贷合约" in d.find_element(By.ID, "exp-title").text
    assert d.find_elements(By.CSS_SELECTOR, "#schedule-chart path.series")
    assert re.search(r"0x[0-9a-fA-F]{40}", d.find_element(By.ID, "deploy-result").text)
    d.save_screenshot(str(SHOTS / "2-studio-explained.png"))
    assert not d.find_element(By.ID, "studio-error").is_displayed()


def test_chat_payment_approved_with_the_keyboard(browser: object, server: Server) -> None:
    from selenium.webdriver.common.by import By
    from selenium.webdriver.common.keys import Keys
    from selenium.webdriver.support import expected_conditions as EC

    d = browser
    d.get(server.url + "/")
    d.find_element(By.ID, "tab-chat").click()
    box = d.find_element(By.ID, "chat-input")
    box.send_keys("<img src=x onerror=alert(1)> hello")  # echoed as text, never as markup
    box.send_keys(Keys.ENTER)
    _wait(d).until(lambda drv: len(drv.find_elements(By.CSS_SELECTOR, "#chat-log .msg.assistant")) >= 1)
    assert not d.find_elements(By.CSS_SELECTOR, "#chat-log img")
    box = d.find_element(By.ID, "chat-input")
    box.send_keys(f"给 {BOB} 转 0.1 ETH")
    box.send_keys(Keys.ENTER)
    _wait(d).until(EC.element_to_be_clickable((By.CSS_SELECTOR, ".plan-card.open .approve")))
    card = d.find_element(By.CSS_SELECTOR, ".plan-card.open")
    assert BOB in card.text and "0.1 ETH" in card.text
    assert card.find_elements(By.CSS_SELECTOR, ".plan-notes .warn")  # new recipient warning
    d.save_screenshot(str(SHOTS / "3-chat-plan.png"))
    focused = d.switch_to.active_element
    assert focused.get_attribute("class") == "approve"  # the Approve button has the focus: Enter approves
    focused.send_keys(Keys.ENTER)
    _wait(d).until(EC.visibility_of_element_located((By.CSS_SELECTOR, ".receipt .tx")))
    tx = d.find_element(By.CSS_SELECTOR, ".receipt .tx").text
    assert re.search(r"0x[0-9a-f]{64}", tx)
    d.save_screenshot(str(SHOTS / "4-chat-receipt.png"))


def test_trust_and_risk_tabs_render(browser: object, server: Server) -> None:
    from selenium.webdriver.common.by import By
    from selenium.webdriver.common.keys import Keys

    d = browser
    d.get(server.url + "/")
    tab = d.find_element(By.ID, "tab-chat")
    tab.click()
    tab.send_keys(Keys.END)  # arrow / Home / End move between tabs
    assert d.find_element(By.ID, "tab-risk").get_attribute("aria-selected") == "true"
    _wait(d).until(
        lambda drv: (
            drv.find_elements(By.CSS_SELECTOR, "#price-chart path.series")
            and drv.find_elements(By.CSS_SELECTOR, "#var-chart rect")
        )
    )
    d.save_screenshot(str(SHOTS / "5-risk.png"))
    d.switch_to.active_element.send_keys(Keys.ARROW_LEFT)
    assert d.find_element(By.ID, "tab-trust").get_attribute("aria-selected") == "true"
    _wait(d).until(lambda drv: len(drv.find_elements(By.CSS_SELECTOR, "#audit-records tbody tr")) > 0)
    d.find_element(By.ID, "audit-anchor").click()
    _wait(d).until(
        lambda drv: drv.find_element(By.ID, "audit-status").get_attribute("data-anchored") not in (None, "", "0")
    )
    _wait(d).until(lambda drv: len(drv.find_elements(By.CSS_SELECTOR, "#audit-records tbody button")) > 0)
    d.find_elements(By.CSS_SELECTOR, "#audit-records tbody button")[-1].click()
    _wait(d).until(lambda drv: len(drv.find_elements(By.CSS_SELECTOR, "#proof-path li")) >= 2)
    d.find_element(By.ID, "verify-run").click()
    _wait(d).until(lambda drv: drv.find_element(By.ID, "verify-result").text)
    verdict = d.find_element(By.ID, "verify-result").text
    assert verdict.startswith(("有效", "Valid")), verdict
    d.save_screenshot(str(SHOTS / "6-trust.png"))


def test_review_pasted_source_shows_findings_on_lines(browser: object, server: Server) -> None:
    from selenium.webdriver.common.by import By

    from ledgerlm.server.routes.review import available

    if not available():
        pytest.skip("ledgerlm.review.engine is not in this build")
    d = browser
    d.get(server.url + "/")
    d.find_element(By.ID, "tab-review").click()
    source = (
        "// SPDX-License-Identifier: MIT\npragma solidity ^0.8.20;\ncontract Vault {\n"
        "    address owner = msg.sender;\n    function take() external {\n"
        "        require(tx.origin == owner);\n        payable(msg.sender).transfer(address(this).balance);\n"
        "    }\n    receive() external payable {}\n}\n"
    )
    d.execute_script("document.getElementById('review-source').value = arguments[0];", source)
    d.find_element(By.ID, "review-run").click()
    _wait(d).until(lambda drv: drv.find_elements(By.CSS_SELECTOR, "#review-result .finding"))
    text = d.find_element(By.ID, "review-result").text
    assert "tx.origin == owner" in text  # the finding is shown on its source line
    d.save_screenshot(str(SHOTS / "7-review.png"))
