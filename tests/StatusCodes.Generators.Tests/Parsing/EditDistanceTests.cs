using StatusCodes.Definitions.Helpers;
using Xunit;

namespace StatusCodes.Generators.Tests.Parsing;

/// <summary>The one edit distance behind "did you mean" for keys (SCG0002) and member names (SCG04xx).</summary>
public sealed class EditDistanceTests
{
    [Theory]
    [InlineData("titel", "title", 2)]
    [InlineData("NotFund", "NotFound", 1)]
    [InlineData("notfound", "NotFound", 0)]
    [InlineData("", "abc", 3)]
    [InlineData("kitten", "sitting", 3)]
    public void Between_counts_insertions_deletions_and_substitutions_ignoring_case(string a, string b, int expected)
        => Assert.Equal(expected, EditDistance.Between(a, b, 10));

    [Fact]
    public void BetweenOrdinal_counts_a_change_of_case()
        => Assert.Equal(3, EditDistance.BetweenOrdinal("title", "TITle", 10));

    [Theory]
    [InlineData("a", "abcdefgh")]
    [InlineData("abcdefgh", "hgfedcba")]
    public void Past_the_limit_any_value_above_it_is_returned(string a, string b)
    {
        Assert.Equal(3, EditDistance.Between(a, b, 2));
        Assert.Equal(3, EditDistance.BetweenOrdinal(a, b, 2));
    }
}
