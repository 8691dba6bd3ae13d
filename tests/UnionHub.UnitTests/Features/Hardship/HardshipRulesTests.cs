using UnionHub.Api.Features.Hardship;
using UnionHub.Api.Platform;

namespace UnionHub.UnitTests.Features.Hardship;

public sealed class HardshipRulesTests
{
    // member's org /1/5/12/ (grassroots 12 under district 5 under city 1)
    [TestCase("/1/5/12/", true, TestName = "the grassroots union itself reviews at grassroots level")]
    [TestCase("/1/5/", true, TestName = "its district may stand in at grassroots level")]
    [TestCase("/", true, TestName = "super_admin")]
    [TestCase("/1/6/", false, TestName = "another district does not")]
    [TestCase(null, false, TestName = "no scope: no review")]
    public void Grassroots_review_is_anyone_whose_subtree_holds_the_member_org(string? root, bool expected) =>
        Assert.That(HardshipRules.CanReviewAsGrassroots(new Scope(root), "/1/5/12/"), Is.EqualTo(expected));

    [TestCase("/1/5/", true, TestName = "the district above decides")]
    [TestCase("/1/", true, TestName = "the city above decides")]
    [TestCase("/", true, TestName = "super_admin decides")]
    [TestCase("/1/5/12/", false, TestName = "the grassroots union cannot decide its own declaration")]
    [TestCase("/1/6/", false, TestName = "another district cannot decide")]
    [TestCase(null, false, TestName = "no scope cannot decide")]
    public void District_decisions_belong_to_an_org_strictly_above_the_member_org(string? root, bool expected) =>
        Assert.That(HardshipRules.CanReviewAsDistrict(new Scope(root), "/1/5/12/"), Is.EqualTo(expected));

    [Test]
    public void Org_51_is_not_inside_org_5_although_its_path_shares_the_characters() => Assert.Multiple(() =>
    {
        Assert.That(HardshipRules.CanReviewAsGrassroots(new Scope("/1/5/"), "/1/51/"), Is.False);
        Assert.That(HardshipRules.CanReviewAsDistrict(new Scope("/1/5/"), "/1/51/12/"), Is.False);
    });

    [TestCase("accident", "accident_disaster")]
    [TestCase("major_illness", "major_illness")]
    [TestCase("low_income", "low_income")]
    [TestCase("temporary_hardship", "temporary_hardship")]
    public void Awards_are_booked_under_a_relief_fund_category(string reason, string category)
    {
        Assert.That(HardshipRules.FundCategory(reason), Is.EqualTo(category));
        Assert.That(UnionHub.Api.Features.Funds.FundRules.Categories, Does.Contain(category));
    }
}
