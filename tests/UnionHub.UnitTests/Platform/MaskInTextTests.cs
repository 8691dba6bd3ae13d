using UnionHub.Api.Platform;

namespace UnionHub.UnitTests.Platform;

public sealed class MaskInTextTests
{
    [TestCase("请联系王老师 13812345678 报名", "请联系王老师 138****5678 报名")]
    [TestCase("电话:13812345678。", "电话:138****5678。")]
    [TestCase("身份证 11010519900101123X 已登记", "身份证 110105********123X 已登记")]
    [TestCase("账号 6222021234567890123 不是手机号", "账号 6222021234567890123 不是手机号")]
    [TestCase("座机 010-88886666，周一至周五", "座机 010-88886666，周一至周五")]
    [TestCase("2026 年 12 月 20 日 9:00 在工会大楼开会", "2026 年 12 月 20 日 9:00 在工会大楼开会")]
    public void Phones_and_id_numbers_in_staff_text_are_masked_and_nothing_else(string text, string expected) =>
        Assert.That(Mask.InText(text), Is.EqualTo(expected));
}
