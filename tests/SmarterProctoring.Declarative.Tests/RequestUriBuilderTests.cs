using System.Globalization;
using SmarterProctoring.Declarative.Runtime;
using Xunit;

namespace SmarterProctoring.Declarative.Tests;

public sealed class RequestUriBuilderTests
{
    [Fact]
    public void Null_values_are_left_out_and_the_first_pair_starts_the_query()
    {
        var builder = new RequestUriBuilder("/v1/items");
        builder.AppendQuery("a", (string?)null);
        builder.AppendQuery("b", "x");
        builder.AppendQuery("c", (int?)null);
        builder.AppendQuery("d", 4);

        Assert.Equal("/v1/items?b=x&d=4", builder.ToString());
    }

    [Fact]
    public void Names_and_values_are_percent_encoded()
    {
        var builder = new RequestUriBuilder("/v1/items");
        builder.AppendQuery("sortKeys[]", "a&b=c d");

        Assert.Equal("/v1/items?sortKeys%5B%5D=a%26b%3Dc%20d", builder.ToString());
    }

    [Fact]
    public void Collections_repeat_the_key_and_booleans_are_lowercase()
    {
        var builder = new RequestUriBuilder("/v1/items");
        builder.AppendQuery("status[]", new[] { "open", null, "closed" });
        builder.AppendQuery("active", (bool?)true);

        Assert.Equal("/v1/items?status%5B%5D=open&status%5B%5D=closed&active=true", builder.ToString());
    }

    [Fact]
    public void Numbers_are_formatted_with_the_invariant_culture()
    {
        CultureInfo original = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = new CultureInfo("de-DE");
            var builder = new RequestUriBuilder("/v1/items");
            builder.AppendQuery("ratio", (double?)1.5);

            Assert.Equal("/v1/items?ratio=1.5", builder.ToString());
        }
        finally
        {
            CultureInfo.CurrentCulture = original;
        }
    }

    [Fact]
    public void Long_uris_grow_the_buffer()
    {
        var builder = new RequestUriBuilder("/v1/items");
        string value = new('x', 5000);
        builder.AppendQuery("q", value);

        Assert.Equal("/v1/items?q=" + value, builder.ToString());
    }
}
