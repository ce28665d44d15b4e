using System.Threading.Tasks;
using Xunit;

using SmarterProctoring.Declarative.Generators.Diagnostics;

namespace SmarterProctoring.Declarative.Generators.Tests.Diagnostics;

/// <summary>SPD4001–SPD4003: constant arguments the generated checks would reject before sending.</summary>
public sealed class ConstantArgumentTests
{
    private const string GetInstall = """
        [Get("/v1/installs/{installSid}")]
        Task GetAsync([Sid("AI")] string installSid, CancellationToken cancellationToken = default);
        """;

    private const string Expected = "installSid must be a SID matching ^AI[a-f0-9]{32}$ ('AI' followed by 32 lowercase hexadecimal characters)";

    [Fact]
    public Task Short_constant_sid_is_reported_on_the_argument() =>
        Verify.DiagnosticAsync(Sources.Call(GetInstall, "await api.GetAsync([|\"AI0123\"|]);"), "SPD4001",
            "This constant is not a valid SID: " + Expected + ", but it has 6 characters instead of 34.");

    [Fact]
    public Task Constant_folded_sid_with_uppercase_hex_is_reported_on_the_whole_expression() =>
        Verify.DiagnosticAsync(Sources.Call(GetInstall, "await api.GetAsync([|\"AI\" + \"0123456789ABCDEF0123456789abcdef\"|]);"), "SPD4001",
            "This constant is not a valid SID: " + Expected + ", but character 13 is 'A' (hexadecimal digits must be lowercase).");

    [Fact]
    public Task Const_field_holding_another_kind_of_sid_is_reported_on_the_argument() =>
        Verify.DiagnosticAsync(
            Sources.Call(GetInstall, "const string course = \"CU0123456789abcdef0123456789abcdef\"; await api.GetAsync([|course|]);"),
            "SPD4001",
            "This constant is not a valid SID: " + Expected + ", but it starts with 'CU' (a different kind of SID).");

    [Fact]
    public Task Named_argument_is_reported_on_its_value() =>
        Verify.DiagnosticAsync(Sources.Call(GetInstall, "await api.GetAsync(installSid: [|\"\"|]);"), "SPD4001",
            "This constant is not a valid SID: " + Expected + ", but it is empty.");

    [Fact]
    public Task Constant_assigned_to_a_sid_property_is_reported_on_the_value() =>
        Verify.DiagnosticAsync(
            Sources.Call(GetInstall, "var enrollment = new Enrollment { EnrollmentSid = [|\"EN123\"|] }; await api.GetAsync(\"AI0123456789abcdef0123456789abcdef\");")
                + "\n\npublic sealed class Enrollment\n{\n    [Sid(\"EN\")] public string? EnrollmentSid { get; set; }\n}\n",
            "SPD4001",
            "This constant is not a valid SID: EnrollmentSid must be a SID matching ^EN[a-f0-9]{32}$ ('EN' followed by 32 lowercase hexadecimal characters), but it has 5 characters instead of 34.");

    [Fact]
    public Task Valid_constant_sid_and_runtime_values_are_not_reported() =>
        Verify.NoDiagnosticAsync(
            Sources.Call(GetInstall, "await api.GetAsync(\"AI0123456789abcdef0123456789abcdef\"); string read = System.Console.ReadLine()!; await api.GetAsync(read);"),
            "SPD4001");

    [Fact]
    public Task Null_for_an_optional_query_sid_is_not_reported() =>
        Verify.NoDiagnosticAsync(
            Sources.Call(
                """
                [Get("/v1/items")]
                Task GetAsync([Query][Sid("AI")] string? installSid, CancellationToken cancellationToken = default);
                """,
                "await api.GetAsync(null);"),
            "SPD4001");

    [Fact]
    public Task Header_constant_with_a_line_break_is_reported_on_the_argument() =>
        Verify.DiagnosticAsync(
            Sources.Call(
                """
                [Get("/v1/items")]
                Task GetAsync([Header("X-Trace")] string trace, CancellationToken cancellationToken = default);
                """,
                "await api.GetAsync([|\"abc\\r\\nX-Admin: true\"|]);"),
            "SPD4002",
            "The constant passed for 'trace' contains a carriage return (U+000D), which cannot be sent in the header 'X-Trace'; remove it");

    [Fact]
    public Task Header_constant_on_one_line_is_not_reported() =>
        Verify.NoDiagnosticAsync(
            Sources.Call(
                """
                [Get("/v1/items")]
                Task GetAsync([Header("X-Trace")] string trace, CancellationToken cancellationToken = default);
                """,
                "await api.GetAsync(\"abc X-Admin: true\");"),
            "SPD4002");

    [Fact]
    public Task Dot_dot_path_constant_is_reported_on_the_argument() =>
        Verify.DiagnosticAsync(
            Sources.Call(
                """
                [Get("/v1/items/{itemId}")]
                Task GetAsync(string itemId, CancellationToken cancellationToken = default);
                """,
                "await api.GetAsync([|\"..\"|]);"),
            "SPD4003",
            "The constant passed for 'itemId' is '..', which cannot fill a path segment; pass the value that names the resource");

    [Fact]
    public Task Three_dots_are_an_ordinary_path_value() =>
        Verify.NoDiagnosticAsync(
            Sources.Call(
                """
                [Get("/v1/items/{itemId}")]
                Task GetAsync(string itemId, CancellationToken cancellationToken = default);
                """,
                "await api.GetAsync(\"...\");"),
            "SPD4003");
}
