using System.Linq;
using SmarterProctoring.Declarative.Routing;
using Xunit;

namespace SmarterProctoring.Declarative.Tests;

public sealed class RouteTemplateTests
{
    [Fact]
    public void A_valid_template_splits_into_literals_and_placeholders_with_their_positions()
    {
        RouteTemplate template = RouteTemplate.Parse("/v1/installs/{installSid}/courses/{courseSid}");

        Assert.True(template.IsValid);
        Assert.Equal(
            [
                (RouteSegmentKind.Literal, "/v1/installs/", 0, 13),
                (RouteSegmentKind.Placeholder, "installSid", 13, 12),
                (RouteSegmentKind.Literal, "/courses/", 25, 9),
                (RouteSegmentKind.Placeholder, "courseSid", 34, 11),
            ],
            template.Segments.Select(s => (s.Kind, s.Text, s.Start, s.Length)));
    }

    [Theory]
    [InlineData("", "Empty", 0, 0)]
    [InlineData("v1/items", "MissingLeadingSlash", 0, 1)]
    [InlineData("/v1/{id", "UnclosedBrace", 4, 1)]
    [InlineData("/v1/{id/x}", "UnclosedBrace", 4, 1)]
    [InlineData("/v1/id}", "UnopenedBrace", 6, 1)]
    [InlineData("/v1/{a{b}}", "NestedBrace", 6, 1)]
    [InlineData("/v1/{}", "EmptyPlaceholder", 4, 2)]
    [InlineData("/v1/{1id}", "InvalidPlaceholderName", 4, 5)]
    [InlineData("/v1/{a-b}", "InvalidPlaceholderName", 4, 5)]
    [InlineData("/v1/{id}/x/{id}", "DuplicatePlaceholder", 11, 4)]
    [InlineData("/v1\\items", "Backslash", 3, 1)]
    [InlineData("/v1/items?limit=1", "QueryOrFragment", 9, 8)]
    [InlineData("/v1/items#top", "QueryOrFragment", 9, 4)]
    [InlineData("/v1/my items", "Whitespace", 6, 1)]
    [InlineData("/v1//items", "EmptySegment", 3, 2)]
    [InlineData("/v1/<id>/x", "AnglePlaceholder", 4, 4)]
    [InlineData("/v1/:id/x", "ColonPlaceholder", 4, 3)]
    public void Each_broken_rule_is_reported_with_its_span(string text, string kindName, int start, int length)
    {
        // The grammar is internal to the library, so the kind travels as its name.
        var kind = System.Enum.Parse<RouteTemplateErrorKind>(kindName);
        RouteTemplate template = RouteTemplate.Parse(text);

        Assert.False(template.IsValid);
        Assert.Empty(template.Segments);
        RouteTemplateError error = Assert.Single(template.Errors, e => e.Kind == kind);
        Assert.Equal((start, length), (error.Start, error.Length));
    }

    [Theory]
    [InlineData("/v1/items:batch")]
    [InlineData("/v1/a<b")]
    [InlineData("/health")]
    public void Colons_and_angle_brackets_inside_a_segment_are_literal_text(string text)
    {
        Assert.True(RouteTemplate.Parse(text).IsValid);
    }

    [Fact]
    public void A_null_template_is_reported_as_empty_without_throwing()
    {
        Assert.Equal(RouteTemplateErrorKind.Empty, Assert.Single(RouteTemplate.Parse(null).Errors).Kind);
    }
}
