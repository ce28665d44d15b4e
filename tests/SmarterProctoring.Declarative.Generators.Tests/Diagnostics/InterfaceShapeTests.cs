using System.Threading.Tasks;
using Xunit;

using SmarterProctoring.Declarative.Generators.Diagnostics;

namespace SmarterProctoring.Declarative.Generators.Tests.Diagnostics;

/// <summary>SPD2011–SPD2016: interfaces the generator cannot extend.</summary>
public sealed class InterfaceShapeTests
{
    private const string Call = """
        [Get("/v1/items")]
        Task GetAsync(CancellationToken cancellationToken = default);
        """;

    [Fact]
    public Task Interface_that_is_not_partial_is_reported_on_its_name() =>
        Verify.DiagnosticAsync(
            Sources.Api(Call, declaration: "public interface [|ITestApi|]"),
            "SPD2011",
            "Interface 'ITestApi' declares HTTP calls but is not partial, so no client is generated for it; add the 'partial' modifier");

    [Fact]
    public Task Partial_interface_is_not_reported() =>
        Verify.NoDiagnosticAsync(Sources.Api(Call), "SPD2011");

    [Fact]
    public Task Generic_interface_is_reported_on_its_name() =>
        Verify.DiagnosticAsync(
            Sources.Api(Call, declaration: "public partial interface [|ITestApi|]<T>"),
            "SPD2012",
            "Interface 'ITestApi' is generic, so no client is generated for it; declare the client as a non-generic interface that inherits it");

    [Fact]
    public Task Interface_inheriting_a_constructed_generic_interface_is_not_generic() =>
        Verify.NoDiagnosticAsync(
            Sources.Api(Call, declaration: "public partial interface ITestApi : IComparable<ITestApi>"),
            "SPD2012");

    [Fact]
    public Task Interface_nested_in_a_generic_type_is_reported_on_its_name() =>
        Verify.DiagnosticAsync(
            Sources.Usings + """

                namespace Test;

                public partial class Outer<T>
                {
                    public partial interface [|ITestApi|]
                    {
                        [Get("/v1/items")]
                        Task GetAsync(CancellationToken cancellationToken = default);
                    }
                }
                """,
            "SPD2013",
            "Interface 'ITestApi' is nested in the generic type 'Outer', so no client is generated for it; move it out of the generic type");

    [Fact]
    public Task Interface_nested_in_a_partial_class_is_not_reported() =>
        Verify.NoDiagnosticAsync(
            Sources.Usings + """

                namespace Test;

                public partial class Outer
                {
                    public partial interface ITestApi
                    {
                        [Get("/v1/items")]
                        Task GetAsync(CancellationToken cancellationToken = default);
                    }
                }
                """,
            "SPD2013");

    [Fact]
    public Task Interface_nested_in_a_type_that_is_not_partial_is_reported_on_its_name() =>
        Verify.DiagnosticAsync(
            Sources.Usings + """

                namespace Test;

                public static class Apis
                {
                    public partial interface [|ITestApi|]
                    {
                        [Get("/v1/items")]
                        Task GetAsync(CancellationToken cancellationToken = default);
                    }
                }
                """,
            "SPD2014",
            "Interface 'ITestApi' is nested in 'Apis', which is not partial, so no client is generated for it; add the 'partial' modifier to 'Apis'");

    [Fact]
    public Task Interface_nested_in_a_partial_type_is_not_reported() =>
        Verify.NoDiagnosticAsync(
            Sources.Usings + """

                namespace Test;

                public static partial class Apis
                {
                    public partial interface ITestApi
                    {
                        [Get("/v1/items")]
                        Task GetAsync(CancellationToken cancellationToken = default);
                    }
                }
                """,
            "SPD2014");

    [Fact]
    public Task Property_of_a_client_interface_is_reported_on_the_property() =>
        Verify.DiagnosticAsync(
            Sources.Api(Call + "\n\nstring [|BaseUrl|] { get; }"),
            "SPD2015",
            "'BaseUrl' is a property, which a generated client cannot implement, so no client is generated for 'ITestApi'; remove it or move it to another interface");

    [Fact]
    public Task Event_inherited_from_a_plain_interface_is_reported_on_the_base_list() =>
        Verify.DiagnosticAsync(
            Sources.Api(Call, declaration: "public partial interface ITestApi : [|System.ComponentModel.INotifyPropertyChanged|]"),
            "SPD2015",
            "'INotifyPropertyChanged.PropertyChanged' is an event, which a generated client cannot implement, so no client is generated for 'ITestApi'; remove it or move it to another interface");

    [Fact]
    public Task Property_with_a_default_implementation_is_not_reported() =>
        Verify.NoDiagnosticAsync(Sources.Api(Call + "\n\nstring BaseUrl => \"/v1\";"), "SPD2015");

    [Fact]
    public Task Member_named_like_the_generated_factory_is_reported_on_the_member() =>
        Verify.DiagnosticAsync(
            Sources.Api(Call + "\n\nstatic ITestApi [|Create|](System.Net.Http.HttpClient client) => throw new NotSupportedException();"),
            "SPD2016",
            "'Create' collides with the generated factory 'Create(HttpClient)' of 'ITestApi'; rename it");

    [Fact]
    public Task Member_named_like_the_generated_class_is_free_because_the_private_class_takes_another_name() =>
        Verify.NoDiagnosticAsync(Sources.Api(Call + "\n\nclass GeneratedClient { }"), "SPD2016");

    [Fact]
    public Task Member_named_like_the_generated_json_context_is_reported_when_the_generator_writes_one() =>
        Verify.DiagnosticAsync(
            Sources.Api(
                """
                [Get("/v1/items")]
                Task<List<Item>> GetAllAsync(CancellationToken cancellationToken = default);

                static string [|JsonContext|] => "items";
                """,
                attributes: string.Empty),
            "SPD2016",
            "'JsonContext' collides with the generated JSON context class 'JsonContext' of 'ITestApi'; rename it");

    [Fact]
    public Task Member_named_JsonContext_is_free_when_the_interface_names_its_context() =>
        Verify.NoDiagnosticAsync(
            Sources.Api("""
                [Get("/v1/items")]
                Task<List<Item>> GetAllAsync(CancellationToken cancellationToken = default);

                static string JsonContext => "items";
                """),
            "SPD2016");

    [Fact]
    public Task Create_overload_with_other_parameters_is_not_reported() =>
        Verify.NoDiagnosticAsync(
            Sources.Api(Call + "\n\nstatic ITestApi Create(Uri baseAddress) => throw new NotSupportedException();"),
            "SPD2016");

    [Fact]
    public Task File_local_interface_is_reported_on_its_name() =>
        Verify.DiagnosticAsync(
            Sources.Api(Call, declaration: "file partial interface [|ITestApi|]"),
            "SPD2025",
            "Interface 'ITestApi' is file-local, so the generated client, which lives in another file, cannot extend it; declare it without the 'file' modifier");

    [Fact]
    public Task Internal_interface_is_not_file_local() =>
        Verify.NoDiagnosticAsync(Sources.Api(Call, declaration: "internal partial interface ITestApi"), "SPD2025");
}
