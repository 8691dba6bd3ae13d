using UnionHub.Api.Features.Content;

namespace UnionHub.UnitTests.Features.Content;

/// <summary>Which images an article refers to: only our own relative image path, never an external URL that contains it.</summary>
public sealed class ContentImagesTests
{
    [TestCase("/api/v1/content/images/5", null, new long[] { 5 })]
    [TestCase(null, """<p>x</p><img src="/api/v1/content/images/7" alt="a"><img src='/api/v1/content/images/8'>""", new long[] { 7, 8 })]
    [TestCase(null, "见 /api/v1/content/images/9 与 (/api/v1/content/images/10)", new long[] { 9, 10 })]
    [TestCase("https://other.example/api/v1/content/images/5", null, new long[0])]
    [TestCase(null, """<img src="https://other.example/api/v1/content/images/5"><img src="//cdn.example/api/v1/content/images/6">""", new long[0])]
    [TestCase(null, """<a href="https://other.example/r?u=/api/v1/content/images/5">x</a>""", new long[0])]
    [TestCase(null, """<img src="/api/v1/content/images/55"><img src="/x/api/v1/content/images/5">""", new long[] { 55 })]
    public void Only_our_own_relative_image_path_is_a_reference(string? cover, string? body, long[] expected) =>
        Assert.That(ContentImages.MentionedIds(cover, body), Is.EqualTo(expected));
}
