using System;
using System.Buffers;
using System.Collections.Generic;
using SmarterProctoring.Declarative.Runtime;
using Xunit;

namespace SmarterProctoring.Declarative.Tests;

/// <summary>
/// A <see cref="RequestUriBuilder"/> builds one URI and gives its pooled buffer back exactly once: when it builds, or
/// when an append fails. Nothing reads or writes the buffer after that.
/// </summary>
public sealed class RequestUriBuilderLifetimeTests
{
    [Fact]
    public void ToString_can_be_called_any_number_of_times_without_consuming_the_builder()
    {
        var builder = new RequestUriBuilder("/v1/items");
        builder.AppendQuery("a", "1");

        string first = builder.ToString();
        string second = builder.ToString();
        builder.AppendQuery("b", "2");

        Assert.Equal(("/v1/items?a=1", "/v1/items?a=1"), (first, second));
        Assert.Equal("/v1/items?a=1&b=2", builder.Build());
    }

    [Fact]
    public void After_Build_ToString_returns_the_built_uri()
    {
        var builder = new RequestUriBuilder("/v1/items");
        builder.AppendQuery("a", "1");

        string built = builder.Build();

        Assert.Equal(built, builder.ToString());
    }

    [Fact]
    public void A_second_Build_throws()
    {
        var builder = new RequestUriBuilder("/v1/items");
        builder.Build();

        InvalidOperationException exception = Assert.Throws<InvalidOperationException>(() => builder.Build());

        Assert.Equal("This RequestUriBuilder already built its URI; a builder builds one URI.", exception.Message);
    }

    [Fact]
    public void AppendQuery_after_Build_throws_even_for_a_value_that_would_be_left_out()
    {
        var builder = new RequestUriBuilder("/v1/items");
        builder.Build();

        Assert.Throws<InvalidOperationException>(() => builder.AppendQuery("a", "1"));
        Assert.Throws<InvalidOperationException>(() => builder.AppendQuery("a", (string?)null));
        Assert.Throws<InvalidOperationException>(() => builder.AppendQueryWithEscapedName("a", (int?)null));
    }

    [Fact]
    public void Build_gives_every_rented_buffer_back_exactly_once()
    {
        var pool = new TrackingPool();
        var builder = new RequestUriBuilder("/v1/items", pool);
        builder.AppendQuery("q", new string('x', 5000));

        string uri = builder.Build();

        Assert.Equal(5012, uri.Length);
        Assert.True(pool.Rented > 1, "the buffer did not grow");
        Assert.Equal(0, pool.Outstanding);
    }

    [Fact]
    public void An_AppendQuery_that_throws_gives_the_buffer_back_and_the_builder_refuses_further_use()
    {
        var pool = new TrackingPool();
        var builder = new RequestUriBuilder("/v1/items", pool);
        builder.AppendQuery("a", "1");

        Assert.Throws<ArgumentException>(() => builder.AppendQuery("q", "bad\uD800value"));

        Assert.Equal(0, pool.Outstanding);
        Assert.Throws<InvalidOperationException>(() => builder.Build());
        Assert.Throws<InvalidOperationException>(() => builder.AppendQuery("b", "2"));
        Assert.Equal(0, pool.Outstanding);
    }

    [Fact]
    public void A_collection_that_throws_while_it_is_read_gives_the_buffer_back()
    {
        var pool = new TrackingPool();
        var builder = new RequestUriBuilder("/v1/items", pool);

        Assert.Throws<FormatException>(() => builder.AppendQuery("tag", FailingValues()));

        Assert.Equal(0, pool.Outstanding);
    }

    [Fact]
    public void A_pre_escaped_name_gives_the_same_uri_as_the_name_escaped_by_the_builder()
    {
        var escaping = new RequestUriBuilder("/v1/items");
        escaping.AppendQuery("q[]", "a b");
        escaping.AppendQuery("q[]", (bool?)true);
        escaping.AppendQuery("q[]", 4);
        escaping.AppendQuery("q[]", (double?)1.5);
        escaping.AppendQuery("q[]", new[] { "c", null, "d" });
        escaping.AppendQuery("q[]", new[] { 5, 6 });
        var preEscaped = new RequestUriBuilder("/v1/items");
        preEscaped.AppendQueryWithEscapedName("q%5B%5D", "a b");
        preEscaped.AppendQueryWithEscapedName("q%5B%5D", (bool?)true);
        preEscaped.AppendQueryWithEscapedName("q%5B%5D", 4);
        preEscaped.AppendQueryWithEscapedName("q%5B%5D", (double?)1.5);
        preEscaped.AppendQueryWithEscapedName("q%5B%5D", new[] { "c", null, "d" });
        preEscaped.AppendQueryWithEscapedName("q%5B%5D", new[] { 5, 6 });

        string expected = "/v1/items?q%5B%5D=a%20b&q%5B%5D=true&q%5B%5D=4&q%5B%5D=1.5&q%5B%5D=c&q%5B%5D=d&q%5B%5D=5&q%5B%5D=6";
        Assert.Equal(expected, escaping.Build());
        Assert.Equal(expected, preEscaped.Build());
    }

    private static IEnumerable<string?> FailingValues()
    {
        yield return "ok";
        throw new FormatException("the collection broke");
    }

    /// <summary>
    /// A pool that hands out fresh arrays and fails on an array returned that it does not have out: returned twice,
    /// or never rented.
    /// </summary>
    private sealed class TrackingPool : ArrayPool<char>
    {
        private readonly HashSet<char[]> _outstanding = [];

        public int Rented { get; private set; }

        public int Outstanding => _outstanding.Count;

        public override char[] Rent(int minimumLength)
        {
            var array = new char[minimumLength];
            _outstanding.Add(array);
            Rented++;
            return array;
        }

        public override void Return(char[] array, bool clearArray = false)
        {
            if (!_outstanding.Remove(array))
            {
                throw new InvalidOperationException("An array came back that was not out: returned twice, or never rented.");
            }
        }
    }
}
