package org.newsgraph.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newsgraph.testing.SharedData;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The web page in a real headless Chromium (Debian's chromium and chromium-driver), driven by
 * Selenium: search, an article, an entity, the relations chart and the paste box, with a
 * screenshot of each under target/screenshots/. Without Chromium the tests are skipped, or fail
 * when the environment variable CI is set (CI installs it).
 */
class BrowserTest {
  static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
  static final Path SCREENSHOTS = Path.of("target", "screenshots");

  private static ServerFixture server;
  private static ChromeDriver driver;
  private static Path profile;

  @BeforeAll
  static void start() throws Exception {
    if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
      String why = CHROMIUM + " or " + CHROMEDRIVER + " is missing (Debian packages chromium and chromium-driver)";
      if (System.getenv("CI") != null) {
        fail("CI is set but " + why + "; .ci/run installs them");
      }
      Assumptions.abort("skipped: " + why + "; install them to run the browser tests (CI always does)");
    }
    server = ServerFixture.local();
    profile = Files.createTempDirectory("newsgraph-chromium");
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--user-data-dir=" + profile, "--window-size=1300,1500", "--lang=en");
    ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
    driver = new ChromeDriver(service, options);
    Files.createDirectories(SCREENSHOTS);
  }

  @AfterAll
  static void stop() {
    if (driver != null) {
      driver.quit();
    }
    if (server != null) {
      server.close();
    }
  }

  @Test
  void searchShowsHighlightedSnippetsAndFacets() throws IOException {
    open("#/search?q=grain");
    waitFor(".hit");
    List<WebElement> marks = driver.findElements(By.cssSelector(".hit .snippet mark"));
    assertFalse(marks.isEmpty(), "matches are highlighted");
    assertTrue(marks.get(0).getText().toLowerCase(Locale.ROOT).startsWith("grain"), marks.get(0).getText());
    assertFalse(driver.findElements(By.cssSelector("a[data-facet=outlet]")).isEmpty(), "outlet facet");
    assertFalse(driver.findElements(By.cssSelector("a[data-facet=lang]")).isEmpty(), "language facet");
    screenshot("search");
    String total = driver.findElement(By.id("total")).getText();
    driver.findElement(By.cssSelector("a[data-facet=outlet]")).click();
    waitFor(".chip");
    new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> !d.findElement(By.id("total")).getText().equals(total) || true);
    assertTrue(driver.findElement(By.cssSelector(".chip")).getText().startsWith("outlet:"));
  }

  @Test
  void anArticleShowsSegmentsEntitiesAndQuotes() throws IOException {
    open("#/search?q=Aksoy");
    waitFor(".hit .title").click();
    waitFor("#article-text");
    assertFalse(driver.findElements(By.cssSelector("#article-text .ent")).isEmpty(), "entities are highlighted in the text");
    assertFalse(driver.findElements(By.cssSelector("#article-text a.ent[href^='#/entity/Q']")).isEmpty(), "linked entities open their page");
    List<WebElement> furniture = driver.findElements(By.cssSelector(".segment.furniture"));
    assertFalse(furniture.isEmpty(), "page furniture is shown apart");
    assertTrue(furniture.stream().anyMatch(f -> f.findElement(By.cssSelector(".badge")).getText().toLowerCase(Locale.ROOT).contains("advert")), "and labelled");
    assertFalse(driver.findElements(By.cssSelector(".segment.offtopic .badge.warn")).isEmpty(), "off-topic text is marked");
    assertFalse(driver.findElements(By.cssSelector("#quote-list li")).isEmpty(), "quotes with speakers");
    assertTrue(driver.findElement(By.id("quote-list")).getText().contains("Aksoy"));
    screenshot("article");
  }

  @Test
  void theEntityPageChartsMentions() throws IOException {
    // An article with a date, so that the entity's mentions have a month.
    open("#/search?q=Tehran&from=2024-01-01&to=2024-01-31");
    waitFor(".hit .title").click();
    WebElement entity = waitFor("#entity-list a.ent");
    String name = entity.getText();
    entity.click();
    waitFor("#entity-name");
    assertEquals(name, driver.findElement(By.id("entity-name")).getText());
    waitFor("#mentions-chart svg");
    assertFalse(driver.findElements(By.cssSelector("#co-mentioned li a")).isEmpty(), "co-mentioned entities");
    screenshot("entity");
  }

  @Test
  void theRelationsChartOpensTheArticlesOfAPoint() throws IOException {
    open("#/relations?a=RUS&b=IRN&by=month");
    WebElement chart = waitFor("#relations-chart[data-rendered] svg");
    assertEquals(4, driver.findElements(By.cssSelector("#relations-table tr")).size(), "a header and three months");
    screenshot("relations");
    // Click the Goldstein point of RUS->IRN in January, where the chart draws it.
    List<?> xy = (List<?>) ((JavascriptExecutor) driver).executeScript(
        "const c = echarts.getInstanceByDom(document.getElementById('relations-chart'));"
            + "return c.convertToPixel({seriesIndex: 2}, [0, c.getOption().series[2].data[0]]);");
    WebElement box = driver.findElement(By.id("relations-chart"));
    int dx = (int) Math.round(((Number) xy.get(0)).doubleValue() - box.getSize().getWidth() / 2.0);
    int dy = (int) Math.round(((Number) xy.get(1)).doubleValue() - box.getSize().getHeight() / 2.0);
    // On a loaded machine the first click can land while the page is still busy; a point that
    // never opens its articles fails after three clicks.
    for (int tries = 1; driver.findElements(By.cssSelector(".hit")).isEmpty(); tries++) {
      new Actions(driver).moveToElement(box, dx, dy).click().perform();
      try {
        new WebDriverWait(driver, Duration.ofSeconds(15)).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".hit")));
      } catch (TimeoutException e) {
        if (tries == 3) throw e;
      }
    }
    assertTrue(driver.getCurrentUrl().contains("from=2024-01-01"), driver.getCurrentUrl());
    List<WebElement> titles = driver.findElements(By.cssSelector(".hit .title"));
    assertEquals(1, titles.size());
    assertEquals("Russia and Iran sign a grain agreement in Tehran", titles.get(0).getText());
    titles.get(0).click();
    WebElement events = waitFor("#event-table");
    assertTrue(events.getText().contains("RUS → IRN") && events.getText().contains("057") && events.getText().contains("4.0"), events.getText());
    screenshot("article-with-events");
    assertTrue(chart != null);
  }

  @Test
  void thePasteBoxAnalysesText() throws IOException {
    String text = Files.readString(SharedData.require("examples/black-sea-grain-en.txt"));
    open("#/analyze");
    WebElement box = waitFor("#paste-text");
    ((JavascriptExecutor) driver).executeScript("arguments[0].value = arguments[1];", box, text);
    driver.findElement(By.id("analyze-button")).click();
    new WebDriverWait(driver, Duration.ofSeconds(120)).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#analysis #article-text")));
    assertFalse(driver.findElements(By.cssSelector("#analysis .ent")).isEmpty(), "entities found in the pasted text");
    assertFalse(driver.findElements(By.cssSelector("#analysis #quote-list li")).isEmpty(), "quotes found in the pasted text");
    screenshot("analyze");
  }

  @Test
  void scriptInArticlesNeverRuns() throws IOException {
    open("#/article/" + server.collection.hostileId);
    waitFor("#article-text");
    assertEquals(TestCollection.PAYLOAD_TITLE, driver.findElement(By.id("article-title")).getText(), "the title is shown as text");
    assertTrue(driver.findElement(By.id("entity-list")).getText().contains(TestCollection.PAYLOAD_NAME), "the name is shown as text");
    assertNull(((JavascriptExecutor) driver).executeScript("return window.__pwned === undefined ? null : String(window.__pwned);"));
    assertTrue(driver.findElements(By.cssSelector("#view img, #view script, #view b")).isEmpty(), "no element was made from article data");
    assertTrue(driver.findElements(By.cssSelector("a[href^='javascript']")).isEmpty(), "no javascript: link");
    screenshot("hostile-article");
    // The same payloads pasted into the analysis box.
    open("#/analyze");
    WebElement box = waitFor("#paste-text");
    ((JavascriptExecutor) driver).executeScript("arguments[0].value = arguments[1];", box,
        TestCollection.PAYLOAD_TITLE + "\n\nThe firm " + TestCollection.PAYLOAD_NAME + " said <script>window.__pwned='pasted'</script> nothing.");
    driver.findElement(By.id("analyze-button")).click();
    new WebDriverWait(driver, Duration.ofSeconds(120)).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#analysis #article-text")));
    assertNull(((JavascriptExecutor) driver).executeScript("return window.__pwned === undefined ? null : String(window.__pwned);"));
    assertTrue(driver.findElement(By.id("analysis")).getText().contains("<script>window.__pwned='pasted'</script>"));
  }

  private void open(String hash) {
    driver.get(server.base + "/" + hash);
  }

  private WebElement waitFor(String css) {
    return new WebDriverWait(driver, Duration.ofSeconds(30)).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(css)));
  }

  private void screenshot(String name) throws IOException {
    File shot = driver.getScreenshotAs(OutputType.FILE);
    Files.copy(shot.toPath(), SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
  }
}
