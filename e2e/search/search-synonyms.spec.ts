import { expect, test } from "@playwright/test";
import { formAlert, signInAndWait } from "../helpers";

test("[content editor] adds a synonym and search finds the page", async ({ page }) => {
  // A word no seeded synonym knows: 绿球菜 for the demo county's 高山甘蓝.
  const word = `绿球菜${"甲乙丙丁戊己庚辛壬癸"[Math.floor(Math.random() * 10)]}`;
  await signInAndWait(page, "editor");
  await page.goto("/officer");
  await page.getByRole("link", { name: "搜索同义词" }).first().click();
  await expect(page.getByRole("heading", { level: 1, name: "搜索同义词" })).toBeVisible();
  // The seeded list is there.
  await expect(page.getByRole("cell", { name: "包菜、甘蓝、卷心菜、圆白菜、洋白菜", exact: true })).toBeVisible();

  // One word is not a group: the error summary says so and the answer is kept.
  await page.getByLabel("词语").fill(word);
  await page.getByRole("button", { name: "添加" }).click();
  await expect(formAlert(page).first()).toContainText("同义词组至少要有两个词");
  await expect(page.getByLabel("词语")).toHaveValue(word);

  await page.getByLabel("词语").fill(`${word} 甘蓝`);
  await page.getByRole("button", { name: "添加" }).click();
  await expect(page.getByText("已添加。下一次搜索起生效。")).toBeVisible();
  await expect(page.getByRole("cell", { name: `${word}、甘蓝`, exact: true })).toBeVisible();

  await page.goto(`/search?q=${encodeURIComponent(word)}`);
  await expect(page.getByRole("link", { name: /甘蓝/ }).first()).toBeVisible();

  // Deleting it takes it out of the list.
  await page.goto("/officer/search-synonyms");
  await page.getByRole("row", { name: new RegExp(`${word}、甘蓝`) }).getByRole("button", { name: /删除/ }).click();
  await expect(page.getByText("已删除。")).toBeVisible();
  await expect(page.getByRole("cell", { name: `${word}、甘蓝`, exact: true })).toHaveCount(0);
});
