using System.Threading.Tasks;
using Xunit;

namespace SmarterProctoring.Declarative.Generators.Tests.Diagnostics;

/// <summary>SPD2029–SPD2033: [Paged] and [PageOffset] declarations that cannot walk a list.</summary>
public sealed class PagingTests
{
    private const string Page = """
        public sealed record Page(int Total, string? Next, Uri? Link, IReadOnlyList<Item> Results, Item[]? Others);

        """;

    private static string Api(string members) => Sources.Api(members, attributes: Page);

    [Theory]
    [InlineData("[Paged(typeof(Page), Items = \"Results\", Next = \"Next\")]", "IAsyncEnumerable<Item> ListAsync([Query] int? limit = null, CancellationToken cancellationToken = default);")]
    [InlineData("[Paged(typeof(Page), Items = nameof(Page.Others), Next = nameof(Page.Link))]", "IAsyncEnumerable<Item?> ListAsync(CancellationToken cancellationToken = default);")]
    [InlineData("[Paged(typeof(Page), Items = \"Results\", Total = \"Total\")]", "IAsyncEnumerable<Item> ListAsync([Query, PageOffset] int offset = 0, CancellationToken cancellationToken = default);")]
    [InlineData("[Paged(typeof(Page), Items = \"Results\")]", "IAsyncEnumerable<Page> ListAsync([Query(\"start\"), PageOffset] long? start, CancellationToken cancellationToken = default);")]
    [InlineData("[Paged(typeof(Page), Items = \"Results\", Next = \"Next\")]", "IAsyncEnumerable<Page> ListAsync(CancellationToken cancellationToken = default);")]
    public async Task Walks_by_link_by_offset_of_items_and_of_pages_are_accepted(string paged, string method)
    {
        string source = Api("[Get(\"/v1/items\")]\n" + paged + "\n" + method);
        foreach (string id in new[] { "SPD2029", "SPD2030", "SPD2031", "SPD2032", "SPD2033", "SPD2001", "SPD3001" })
        {
            await Verify.NoDiagnosticAsync(source, id);
        }
    }

    [Fact]
    public Task A_member_the_page_does_not_have_is_reported_on_its_name() =>
        Verify.DiagnosticAsync(
            Api("""
                [Get("/v1/items")]
                [Paged(typeof(Page), Items = [|"results"|], Next = "Next")]
                IAsyncEnumerable<Item> ListAsync(CancellationToken cancellationToken = default);
                """),
            "SPD2029",
            "'ListAsync' pages through Page, which has no public readable property or field 'results' to use as its Items");

    [Fact]
    public Task A_missing_next_member_is_reported_on_its_name() =>
        Verify.DiagnosticAsync(
            Api("""
                [Get("/v1/items")]
                [Paged(typeof(Page), Items = "Results", Next = [|"NextLink"|])]
                IAsyncEnumerable<Item> ListAsync(CancellationToken cancellationToken = default);
                """),
            "SPD2029",
            "'ListAsync' pages through Page, which has no public readable property or field 'NextLink' to use as its Next link");

    [Fact]
    public Task Items_that_are_not_a_collection_are_reported() =>
        Verify.DiagnosticAsync(
            Api("""
                [Get("/v1/items")]
                [Paged(typeof(Page), Items = [|"Total"|], Next = "Next")]
                IAsyncEnumerable<Item> ListAsync(CancellationToken cancellationToken = default);
                """),
            "SPD2030",
            "'ListAsync' pages through Page, whose Items 'Total' is int; Items must be a collection (an array, list or other IEnumerable<T>) of the items");

    [Fact]
    public Task A_next_link_that_is_not_a_string_or_uri_is_reported() =>
        Verify.DiagnosticAsync(
            Api("""
                [Get("/v1/items")]
                [Paged(typeof(Page), Items = "Results", Next = [|"Total"|])]
                IAsyncEnumerable<Item> ListAsync(CancellationToken cancellationToken = default);
                """),
            "SPD2030",
            "'ListAsync' pages through Page, whose Next link 'Total' is int; a next link is a string or a Uri");

    [Fact]
    public Task A_total_that_is_not_an_integer_is_reported() =>
        Verify.DiagnosticAsync(
            Api("""
                [Get("/v1/items")]
                [Paged(typeof(Page), Items = "Results", Total = [|"Next"|])]
                IAsyncEnumerable<Item> ListAsync([Query, PageOffset] int offset = 0, CancellationToken cancellationToken = default);
                """),
            "SPD2030",
            "'ListAsync' pages through Page, whose Total 'Next' is string?; a total is an integer (int or long, or their nullable forms)");

    [Fact]
    public Task A_non_integer_offset_is_reported_on_the_parameter() =>
        Verify.DiagnosticAsync(
            Api("""
                [Get("/v1/items")]
                [Paged(typeof(Page), Items = "Results")]
                IAsyncEnumerable<Item> ListAsync([Query, PageOffset] double [|offset|], CancellationToken cancellationToken = default);
                """),
            "SPD2031",
            "[PageOffset] parameter 'offset' of 'ListAsync' is double; an offset is an integer (int or long, or their nullable forms)");

    [Fact]
    public Task A_second_offset_is_reported_on_the_second() =>
        Verify.DiagnosticAsync(
            Api("""
                [Get("/v1/items")]
                [Paged(typeof(Page), Items = "Results")]
                IAsyncEnumerable<Item> ListAsync([Query, PageOffset] int offset, [Query, PageOffset] int [|skip|], CancellationToken cancellationToken = default);
                """),
            "SPD2031",
            "[PageOffset] parameter 'skip' of 'ListAsync' is a second one; a walk counts one offset (the first is 'offset')");

    [Fact]
    public Task An_offset_not_sent_in_the_query_is_reported() =>
        Verify.DiagnosticAsync(
            Api("""
                [Get("/v1/items")]
                [Paged(typeof(Page), Items = "Results")]
                IAsyncEnumerable<Item> ListAsync([Header("X-Offset"), PageOffset] int [|offset|], CancellationToken cancellationToken = default);
                """),
            "SPD2031",
            "[PageOffset] parameter 'offset' of 'ListAsync' is not sent in the query string, so no page could start elsewhere; add [Query]");

    [Fact]
    public Task An_offset_on_a_call_without_Paged_is_reported() =>
        Verify.DiagnosticAsync(
            Api("""
                [Get("/v1/items")]
                Task<List<Item>> ListAsync([Query, PageOffset] int [|offset|], CancellationToken cancellationToken = default);
                """),
            "SPD2031",
            "[PageOffset] parameter 'offset' of 'ListAsync' is on a call without [Paged]; remove it, or page the call");

    [Fact]
    public Task Next_and_an_offset_together_are_reported_on_next() =>
        Verify.DiagnosticAsync(
            Api("""
                [Get("/v1/items")]
                [Paged(typeof(Page), Items = "Results", Next = [|"Next"|])]
                IAsyncEnumerable<Item> ListAsync([Query, PageOffset] int offset = 0, CancellationToken cancellationToken = default);
                """),
            "SPD2032",
            "'ListAsync' follows Next links and also counts offsets (a [PageOffset] parameter); a walk does one or the other, so keep Next or the offset");

    [Fact]
    public Task Neither_next_nor_an_offset_is_reported_on_the_page_type() =>
        Verify.DiagnosticAsync(
            Api("""
                [Get("/v1/items")]
                [Paged([|typeof(Page)|], Items = "Results")]
                IAsyncEnumerable<Item> ListAsync(CancellationToken cancellationToken = default);
                """),
            "SPD2032",
            "'ListAsync' has [Paged] with neither a Next link nor a [PageOffset] parameter, so it cannot ask for a second page; name the link (Next = \"Next\") or mark the offset [Query] parameter with [PageOffset]");

    [Fact]
    public Task Total_without_an_offset_is_reported_on_total() =>
        Verify.DiagnosticAsync(
            Api("""
                [Get("/v1/items")]
                [Paged(typeof(Page), Items = "Results", Total = [|"Total"|])]
                IAsyncEnumerable<Item> ListAsync(CancellationToken cancellationToken = default);
                """),
            "SPD2032",
            "'ListAsync' names Total, which counts offsets, but no parameter has [PageOffset]; mark the offset [Query] parameter with [PageOffset]");

    [Fact]
    public Task Paged_on_a_post_is_reported_on_the_page_type() =>
        Verify.DiagnosticAsync(
            Api("""
                [Post("/v1/items/search")]
                [Paged([|typeof(Page)|], Items = "Results", Next = "Next")]
                IAsyncEnumerable<Item> SearchAsync(CancellationToken cancellationToken = default);
                """),
            "SPD2033",
            "'SearchAsync' has [Paged], but it sends POST; only a GET pages (a page is read, not changed)");

    [Fact]
    public Task Paged_on_a_task_is_reported_on_the_method() =>
        Verify.DiagnosticAsync(
            Api("""
                [Get("/v1/items")]
                [Paged(typeof(Page), Items = "Results", Next = "Next")]
                Task<Page> [|ListAsync|](CancellationToken cancellationToken = default);
                """),
            "SPD2033",
            "'ListAsync' has [Paged], but it returns Task<Page>; a paged call returns IAsyncEnumerable<T> of the items, or of the page type for whole pages");

    [Fact]
    public Task An_element_that_is_neither_the_item_nor_the_page_is_reported_on_the_method() =>
        Verify.DiagnosticAsync(
            Api("""
                [Get("/v1/items")]
                [Paged(typeof(Page), Items = "Results", Next = "Next")]
                IAsyncEnumerable<string> [|ListAsync|](CancellationToken cancellationToken = default);
                """),
            "SPD2033",
            "'ListAsync' has [Paged], but it yields string, which is neither the page type Page nor Item, the element type of its Items 'Results'");

    [Fact]
    public Task Paged_without_items_is_reported_on_the_page_type() =>
        Verify.DiagnosticAsync(
            Api("""
                [Get("/v1/items")]
                [Paged([|typeof(Page)|], Next = "Next")]
                IAsyncEnumerable<Item> ListAsync(CancellationToken cancellationToken = default);
                """),
            "SPD2033",
            "'ListAsync' has [Paged], but it does not name the page member that holds the items; add Items = \"Results\" (the collection's name in Page)");
}
