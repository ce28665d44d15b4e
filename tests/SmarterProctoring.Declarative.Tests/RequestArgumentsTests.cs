using System;
using SmarterProctoring.Declarative.Runtime;
using Xunit;

namespace SmarterProctoring.Declarative.Tests;

public sealed class RequestArgumentsTests
{
    [Fact]
    public void A_valid_sid_passes()
    {
        RequestArguments.ThrowIfInvalidSid(TestData.InstallSid, "AI", "installSid");
    }

    [Theory]
    [InlineData("CU0123456789abcdef0123456789abcdef", "but it starts with 'CU' (a different kind of SID).")]
    [InlineData("ai0123456789abcdef0123456789abcdef", "but it does not start with 'AI'.")]
    [InlineData("AI0123456789ABCDEF0123456789abcdef", "but character 13 is 'A' (hexadecimal digits must be lowercase).")]
    [InlineData("AI0123456789abcdef0123456789abcde", "but it has 33 characters instead of 34.")]
    [InlineData("AI0123456789abcdef0123456789abcdef0", "but it has 35 characters instead of 34.")]
    [InlineData("", "but it is empty.")]
    [InlineData("AI0123456789abcdef0123456789abcdeg", "but character 34 is 'g'.")]
    [InlineData("AI0123456789abcdef0123456789abcde\n", "but character 34 is U+000A.")]
    public void An_invalid_sid_is_an_ArgumentException_naming_the_parameter_the_pattern_and_the_defect(string value, string defect)
    {
        ArgumentException exception = Assert.Throws<ArgumentException>(() => RequestArguments.ThrowIfInvalidSid(value, "AI", "installSid"));

        Assert.Equal("installSid", exception.ParamName);
        Assert.Equal(
            "installSid must be a SID matching ^AI[a-f0-9]{32}$ ('AI' followed by 32 lowercase hexadecimal characters), " + defect + " (Parameter 'installSid')",
            exception.Message);
    }

    [Fact]
    public void A_null_sid_is_an_ArgumentNullException()
    {
        ArgumentNullException exception = Assert.Throws<ArgumentNullException>(() => RequestArguments.ThrowIfInvalidSid(null, "AI", "installSid"));

        Assert.Equal("installSid", exception.ParamName);
        Assert.Contains("^AI[a-f0-9]{32}$", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_sid_error_never_repeats_the_value()
    {
        const string secretLookingValue = "AIsecret-token-that-was-pasted-in-by-mistake";

        ArgumentException exception = Assert.Throws<ArgumentException>(() => RequestArguments.ThrowIfInvalidSid(secretLookingValue, "AI", "installSid"));

        Assert.DoesNotContain("secret-token", exception.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("plain", "plain")]
    [InlineData("a/b", "a%2Fb")]
    [InlineData("%2e%2e", "%252e%252e")]
    [InlineData("a b?c#d", "a%20b%3Fc%23d")]
    [InlineData("é", "%C3%A9")]
    [InlineData("...", "...")]
    public void Path_values_are_percent_encoded_into_one_segment(string value, string expected)
    {
        Assert.Equal(expected, RequestArguments.EscapePathValue(value, "name"));
    }

    [Theory]
    [InlineData("")]
    [InlineData(".")]
    [InlineData("..")]
    public void Path_values_that_would_change_the_resource_are_rejected(string value)
    {
        ArgumentException exception = Assert.Throws<ArgumentException>(() => RequestArguments.EscapePathValue(value, "name"));

        Assert.Equal("name", exception.ParamName);
        Assert.Contains("it would change which resource the request names", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_null_path_value_is_an_ArgumentNullException()
    {
        Assert.Equal("name", Assert.Throws<ArgumentNullException>(() => RequestArguments.EscapePathValue(null, "name")).ParamName);
    }

    [Theory]
    [InlineData("a\r\nX-Injected: 1")]
    [InlineData("a\nb")]
    [InlineData("a\0b")]
    public void Header_values_with_line_breaks_or_nul_are_rejected(string value)
    {
        ArgumentException exception = Assert.Throws<ArgumentException>(() => RequestArguments.ThrowIfInvalidHeaderValue(value, "X-Request-Id", "requestId"));

        Assert.Equal("requestId", exception.ParamName);
        Assert.Contains("'X-Request-Id'", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_sid_collection_error_names_the_element()
    {
        ArgumentException exception = Assert.Throws<ArgumentException>(() => RequestArguments.ThrowIfInvalidSidElements(
            ["TS0123456789abcdef0123456789abcdef", "TS-bad"], "TS", "configuration", "ProctorTypes"));

        Assert.StartsWith("configuration.ProctorTypes[1] must be a SID matching ^TS[a-f0-9]{32}$", exception.Message, StringComparison.Ordinal);
    }
}
