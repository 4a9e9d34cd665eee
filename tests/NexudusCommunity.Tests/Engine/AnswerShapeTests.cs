using System.Text;
using NexudusCommunity.Api.Http;

namespace NexudusCommunity.Tests.Engine;

/// <summary>
/// A GET whose 200 answer is not whole JSON (a proxy's page, an empty body, a body cut off mid-value) is read again;
/// the check that decides it looks at the ends of the body only, so a list page is parsed once, not twice.
/// </summary>
public class AnswerShapeTests
{
    [Theory]
    [InlineData("{\"Records\":[]}")]
    [InlineData("  [1,2]\r\n")]
    [InlineData("\uFEFF{\"Id\":1}")]
    public void Whole_objects_and_arrays_are_taken(string body) =>
        Assert.True(RetryHandler.IsJson(Encoding.UTF8.GetBytes(body)));

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("<html><body>Gateway</body></html>")]
    [InlineData("{\"Records\":[{\"Id\":1,")]
    [InlineData("[{\"Id\":1}")]
    [InlineData("{\"Records\":[]]")]
    [InlineData("{")]
    public void Cut_or_foreign_bodies_are_read_again(string body) =>
        Assert.False(RetryHandler.IsJson(Encoding.UTF8.GetBytes(body)));
}
