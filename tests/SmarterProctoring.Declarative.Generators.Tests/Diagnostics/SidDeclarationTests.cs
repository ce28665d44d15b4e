using System.Threading.Tasks;
using Xunit;

using SmarterProctoring.Declarative.Generators.Diagnostics;

namespace SmarterProctoring.Declarative.Generators.Tests.Diagnostics;

/// <summary>SPD2022–SPD2024: SID constraints the generated checks cannot honour.</summary>
public sealed class SidDeclarationTests
{
    [Fact]
    public Task Lowercase_sid_prefix_is_reported_on_the_prefix() =>
        Verify.DiagnosticAsync(
            Sources.Api("""
                [Get("/v1/installs/{installSid}")]
                Task GetAsync([Sid([|"ai"|])] string installSid, CancellationToken cancellationToken = default);
                """),
            "SPD2022",
            "SID prefix \"ai\" is not two uppercase letters; write the two letters every SID of this kind starts with, such as \"AI\"");

    [Fact]
    public Task Three_letter_sid_prefix_on_a_body_property_is_reported_on_the_prefix() =>
        Verify.DiagnosticAsync(
            Sources.Usings + """

                namespace Test;

                public sealed class Enrollment
                {
                    [Sid([|"ENR"|])] public string? EnrollmentSid { get; set; }
                }
                """,
            "SPD2022",
            "SID prefix \"ENR\" is not two uppercase letters; write the two letters every SID of this kind starts with, such as \"AI\"");

    [Fact]
    public Task Two_uppercase_letters_are_a_valid_prefix() =>
        Verify.NoDiagnosticAsync(
            Sources.Api("""
                [Get("/v1/installs/{installSid}")]
                Task GetAsync([Sid("AI")] string installSid, CancellationToken cancellationToken = default);
                """),
            "SPD2022");

    [Fact]
    public Task Sid_on_a_number_is_reported_on_the_parameter() =>
        Verify.DiagnosticAsync(
            Sources.Api("""
                [Get("/v1/installs/{installSid}")]
                Task GetAsync([Sid("AI")] int [|installSid|], CancellationToken cancellationToken = default);
                """),
            "SPD2023",
            "[Sid] is on 'installSid' of type 'int', but a SID is a string; declare it as string");

    [Fact]
    public Task Sid_on_a_body_property_that_is_not_a_string_is_reported_on_the_property() =>
        Verify.DiagnosticAsync(
            Sources.Usings + """

                namespace Test;

                public sealed class Enrollment
                {
                    [Sid("EN")] public Guid [|EnrollmentSid|] { get; set; }
                }
                """,
            "SPD2023",
            "[Sid] is on 'EnrollmentSid' of type 'Guid', but a SID is a string; declare it as string or a collection of strings");

    [Fact]
    public Task Sid_on_a_string_collection_property_is_valid() =>
        Verify.NoDiagnosticAsync(
            Sources.Usings + """

                namespace Test;

                public sealed class Enrollment
                {
                    [Sid("TS")] public IReadOnlyList<string>? ProctorTypes { get; set; }
                    [Sid("EN")] public string? EnrollmentSid { get; set; }
                }
                """,
            "SPD2023");

    [Fact]
    public Task Sid_on_a_body_parameter_is_reported_on_the_parameter() =>
        Verify.DiagnosticAsync(
            Sources.Api("""
                [Post("/v1/items")]
                Task CreateAsync([Body][Sid("IT")] Item [|item|], CancellationToken cancellationToken = default);
                """),
            "SPD2024",
            "[Sid] is on the body 'item' of 'CreateAsync', but it constrains route, query and header values; put [Sid] on the SID properties of 'Item'");

    [Fact]
    public Task Sid_on_a_query_parameter_is_valid() =>
        Verify.NoDiagnosticAsync(
            Sources.Api("""
                [Get("/v1/items")]
                Task GetAsync([Query][Sid("IT")] string? itemSid, CancellationToken cancellationToken = default);
                """),
            "SPD2024");
}
