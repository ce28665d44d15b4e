using System.Threading.Tasks;
using Xunit;

using SmarterProctoring.Declarative.Generators.Diagnostics;

namespace SmarterProctoring.Declarative.Generators.Tests.Diagnostics;

/// <summary>SPD1001–SPD1013: the route grammar, reported inside the string literal.</summary>
public sealed class RouteTemplateTests
{
    private static string Get(string route, string parameters = "") => Sources.Api($$"""
        [Get({{route}})]
        Task GetAsync({{parameters}}CancellationToken cancellationToken = default);
        """);

    [Fact]
    public Task Empty_route_is_reported_on_the_argument() =>
        Verify.DiagnosticAsync(Get("[|\"\"|]"), "SPD1001",
            "The route of 'GetAsync' is empty; write an absolute path such as \"/v1/items\"");

    [Fact]
    public Task Null_route_is_reported_on_the_argument() =>
        Verify.DiagnosticAsync(Get("[|null!|]"), "SPD1001",
            "The route of 'GetAsync' is null; write an absolute path such as \"/v1/items\"");

    [Fact]
    public Task Root_route_is_not_empty() =>
        Verify.NoDiagnosticAsync(Get("\"/\""), "SPD1001");

    [Fact]
    public Task Route_without_leading_slash_is_reported_on_its_first_character() =>
        Verify.DiagnosticAsync(Get("\"[|v|]1/items\""), "SPD1002",
            "The route \"v1/items\" of 'GetAsync' does not start with '/'; write \"/v1/items\"");

    [Fact]
    public Task Route_with_leading_slash_is_not_reported() =>
        Verify.NoDiagnosticAsync(Get("\"/v1/items\""), "SPD1002");

    [Fact]
    public Task Unclosed_placeholder_is_reported_on_its_brace() =>
        Verify.DiagnosticAsync(Get("\"/v1/items/[|{|]itemId\"", "string itemId, "), "SPD1003",
            "The route of 'GetAsync' opens a placeholder at '{itemId' that is never closed; end it with '}' before the next '/'");

    [Fact]
    public Task Placeholder_closed_before_the_next_slash_is_not_reported() =>
        Verify.NoDiagnosticAsync(Get("\"/v1/items/{itemId}/copies\"", "string itemId, "), "SPD1003");

    [Fact]
    public Task Closing_brace_without_opening_brace_is_reported_on_the_brace() =>
        Verify.DiagnosticAsync(Get("\"/v1/items[|}|]\""), "SPD1004",
            "The route of 'GetAsync' has a '}' that closes no placeholder; remove it or open the placeholder with '{'");

    [Fact]
    public Task Balanced_braces_are_not_reported() =>
        Verify.NoDiagnosticAsync(Get("\"/v1/items/{itemId}\"", "string itemId, "), "SPD1004");

    [Fact]
    public Task Nested_placeholder_is_reported_on_the_inner_brace() =>
        Verify.DiagnosticAsync(Get("\"/v1/{item[|{|]id}}\""), "SPD1005",
            "The route of 'GetAsync' opens a placeholder inside another one; placeholders cannot be nested, write '{name}'");

    [Fact]
    public Task Adjacent_placeholders_are_not_nested() =>
        Verify.NoDiagnosticAsync(Get("\"/v1/{kind}{id}\"", "string kind, string id, "), "SPD1005");

    [Fact]
    public Task Empty_placeholder_is_reported_on_its_braces() =>
        Verify.DiagnosticAsync(Get("\"/v1/items/[|{}|]\""), "SPD1006",
            "The route of 'GetAsync' has an empty placeholder '{}'; write the name of a parameter between the braces");

    [Fact]
    public Task Placeholder_with_a_one_letter_name_is_not_empty() =>
        Verify.NoDiagnosticAsync(Get("\"/v1/items/{i}\"", "int i, "), "SPD1006");

    [Fact]
    public Task Placeholder_that_is_not_an_identifier_is_reported_on_the_placeholder() =>
        Verify.DiagnosticAsync(Get("\"/v1/items/[|{item-id}|]\""), "SPD1007",
            "Placeholder '{item-id}' in the route of 'GetAsync' is not a C# identifier; use the name of a parameter, such as '{installSid}'");

    [Fact]
    public Task Placeholder_with_an_underscore_is_an_identifier() =>
        Verify.NoDiagnosticAsync(Get("\"/v1/items/{item_id}\"", "string item_id, "), "SPD1007");

    [Fact]
    public Task Repeated_placeholder_is_reported_on_the_repeat() =>
        Verify.DiagnosticAsync(Get("\"/v1/{id}/copies/[|{id}|]\"", "string id, "), "SPD1008",
            "Placeholder '{id}' appears more than once in the route of 'GetAsync'; a parameter fills one place, remove the repeat");

    [Fact]
    public Task Placeholders_differing_in_case_are_not_repeats() =>
        Verify.NoDiagnosticAsync(Get("\"/v1/{id}/copies/{Id}\"", "string id, string Id, "), "SPD1008");

    [Fact]
    public Task Angle_bracket_placeholder_is_reported_on_the_whole_placeholder() =>
        Verify.DiagnosticAsync(Get("\"/v1/items/[|<itemId>|]\"", "string itemId, "), "SPD1009",
            "'<itemId>' in the route of 'GetAsync' is not a placeholder; write '{itemId}'");

    [Fact]
    public Task Colon_placeholder_is_reported_on_the_whole_segment() =>
        Verify.DiagnosticAsync(Get("\"/v1/items/[|:itemId|]/copies\"", "string itemId, "), "SPD1009",
            "':itemId' in the route of 'GetAsync' is not a placeholder; write '{itemId}'");

    [Fact]
    public Task Colon_inside_a_segment_is_literal_text() =>
        Verify.NoDiagnosticAsync(Get("\"/v1/items:batchGet\""), "SPD1009");

    [Fact]
    public Task Backslash_is_reported_on_its_escape_sequence() =>
        Verify.DiagnosticAsync(Get("\"/v1[|\\\\|]items\""), "SPD1010",
            "The route of 'GetAsync' contains a backslash; separate path segments with '/'");

    [Fact]
    public Task Backslash_in_a_verbatim_literal_is_reported_on_the_character() =>
        Verify.DiagnosticAsync(Get("@\"/v1[|\\|]items\""), "SPD1010",
            "The route of 'GetAsync' contains a backslash; separate path segments with '/'");

    [Fact]
    public Task Forward_slashes_are_not_backslashes() =>
        Verify.NoDiagnosticAsync(Get("@\"/v1/items\""), "SPD1010");

    [Fact]
    public Task Query_string_in_the_route_is_reported_from_the_question_mark_to_the_end() =>
        Verify.DiagnosticAsync(Get("\"/v1/items[|?sort=name|]\""), "SPD1011",
            "The route of 'GetAsync' contains '?sort=name', but a route is a path only; send query values as [Query] parameters and leave out the fragment");

    [Fact]
    public Task Fragment_in_the_route_is_reported() =>
        Verify.DiagnosticAsync(Get("\"/v1/items[|#top|]\""), "SPD1011",
            "The route of 'GetAsync' contains '#top', but a route is a path only; send query values as [Query] parameters and leave out the fragment");

    [Fact]
    public Task Query_parameter_instead_of_a_query_string_is_not_reported() =>
        Verify.NoDiagnosticAsync(Get("\"/v1/items\"", "[Query] string? sort, "), "SPD1011");

    [Fact]
    public Task Space_in_the_route_is_reported_on_the_space() =>
        Verify.DiagnosticAsync(Get("\"/v1/my[| |]items\""), "SPD1012",
            "The route of 'GetAsync' contains a space; remove it, or percent-encode it if the path really has one");

    [Fact]
    public Task Tab_escape_in_the_route_is_reported_on_the_escape_sequence() =>
        Verify.DiagnosticAsync(Get("\"/v1/my[|\\t|]items\""), "SPD1012",
            "The route of 'GetAsync' contains a tab; remove it, or percent-encode it if the path really has one");

    [Fact]
    public Task Unicode_escape_of_a_control_character_is_reported_on_the_escape_sequence() =>
        Verify.DiagnosticAsync(Get("\"/v1/my[|\\u0007|]items\""), "SPD1012",
            "The route of 'GetAsync' contains the character U+0007; remove it, or percent-encode it if the path really has one");

    [Fact]
    public Task Percent_encoded_space_is_not_whitespace() =>
        Verify.NoDiagnosticAsync(Get("\"/v1/my%20items\""), "SPD1012");

    [Fact]
    public Task Double_slash_is_reported_on_both_slashes() =>
        Verify.DiagnosticAsync(Get("\"/v1[|//|]items\""), "SPD1013",
            "The route of 'GetAsync' contains '//'; remove the extra '/' or put the missing segment between the slashes");

    [Fact]
    public Task Trailing_slash_is_not_an_empty_segment() =>
        Verify.NoDiagnosticAsync(Get("\"/v1/items/\""), "SPD1013");

    [Fact]
    public Task Error_in_a_raw_string_literal_is_reported_inside_the_literal() =>
        Verify.DiagnosticAsync(Get("\"\"\"/v1[|//|]items\"\"\""), "SPD1013",
            "The route of 'GetAsync' contains '//'; remove the extra '/' or put the missing segment between the slashes");

    [Fact]
    public Task Error_in_a_route_built_from_constants_is_reported_on_the_whole_argument() =>
        Verify.DiagnosticAsync(
            Sources.Api("""
                const string Base = "/v1/";
                [Get([|Base + "/items"|])]
                Task GetAsync(CancellationToken cancellationToken = default);
                """),
            "SPD1013",
            "The route of 'GetAsync' contains '//'; remove the extra '/' or put the missing segment between the slashes");
}
