using System.Threading.Tasks;
using Xunit;

namespace SmarterProctoring.Declarative.Generators.Tests.Diagnostics;

/// <summary>SPD2042–SPD2045 and SPD2003 for multipart bodies: parts that cannot be sent, and declarations that contradict one.</summary>
public sealed class MultipartTests
{
    [Theory]
    [InlineData("[Post(\"/v1/files\")] [Multipart] Task<string> UploadAsync(System.IO.Stream file, [Part(FileName = \"r.pdf\", ContentType = \"application/pdf\")] byte[] other, [Part(\"meta\")] Item item, string description, CancellationToken cancellationToken = default);")]
    [InlineData("[Post(\"/v1/files/{id}\")] [Multipart(\"b-1 (x)\")] Task UploadAsync(string id, System.IO.FileInfo? file, ReadOnlyMemory<byte> bytes, int count, bool draft, DateTimeOffset at, [Query] string? tag = null, CancellationToken cancellationToken = default);")]
    [InlineData("[Put(\"/v1/files\")] [Multipart] Task UploadAsync(MultipartPart part, IEnumerable<MultipartPart> more, System.IO.Stream[] streams, List<byte[]> blobs, System.IO.FileInfo[] files, CancellationToken cancellationToken = default);")]
    [InlineData("[Post(\"/v1/files\")] [Multipart] Task UploadAsync([Part(ContentType = \"text/csv; charset=\\\"utf-8\\\"\")] string csv, [Header(\"Content-Language\")] string language, CancellationToken cancellationToken = default);")]
    public async Task Multipart_declarations_are_accepted(string method)
    {
        foreach (string id in new[] { "SPD2001", "SPD2003", "SPD2015", "SPD2020", "SPD2034", "SPD2042", "SPD2043", "SPD2044", "SPD2045", "SPD3001" })
        {
            await Verify.NoDiagnosticAsync(Sources.Api(method), id);
        }
    }

    [Fact]
    public Task A_body_beside_multipart_is_reported_on_the_parameter() =>
        Verify.DiagnosticAsync(
            Sources.Api("""
                [Post("/v1/files")]
                [Multipart]
                Task UploadAsync(System.IO.Stream file, [Body] Item [|item|], CancellationToken cancellationToken = default);
                """),
            "SPD2042",
            "'UploadAsync' is [Multipart], so its body is made of its parts, but 'item' is marked [Body]; remove [Body] to send 'item' as a part, or remove [Multipart]");

    [Fact]
    public Task A_form_beside_multipart_is_reported_on_the_parameter() =>
        Verify.DiagnosticAsync(
            Sources.Api("""
                [Post("/v1/files")]
                [Multipart]
                Task UploadAsync([Form] IReadOnlyDictionary<string, string> [|fields|], CancellationToken cancellationToken = default);
                """),
            "SPD2042",
            "'UploadAsync' is [Multipart], so its body is made of its parts, but 'fields' is marked [Form]; remove [Form] to send 'fields' as a part, or remove [Multipart]");

    [Theory]
    [InlineData("object", "object has no shape at compile time, so neither its content nor its JSON can be chosen; declare the type it holds, or a MultipartPart")]
    [InlineData("System.Net.Http.HttpContent", "an HttpContent brings headers of its own that the part's would contradict; pass its stream or bytes, or a MultipartPart")]
    [InlineData("System.IO.DirectoryInfo", "a directory is not a part; send its files (FileInfo, or a collection of them)")]
    [InlineData("Func<int>", "a delegate is code, not content")]
    [InlineData("Task<byte[]>", "a task is a value still to come; await it and pass its result")]
    [InlineData("IAsyncEnumerable<byte[]>", "an asynchronous sequence cannot be counted or rewound for a part; collect it, or pass a Stream")]
    [InlineData("List<ReadOnlyMemory<byte>>", "a collection of ReadOnlyMemory<byte> is not one the generated code sends part by part; declare byte[] elements or MultipartPart ones")]
    [InlineData("List<object>", "its elements cannot be parts: object is not a value a part can send")]
    public Task A_part_that_cannot_be_sent_is_reported_on_the_parameter(string type, string why) =>
        Verify.DiagnosticAsync(
            Sources.Api($$"""
                [Post("/v1/files")]
                [Multipart]
                Task UploadAsync({{type}} [|file|], CancellationToken cancellationToken = default);
                """),
            "SPD2043",
            "Parameter 'file' of 'UploadAsync' cannot be a part of its multipart body: " + why);

    [Fact]
    public Task Part_cannot_rename_a_part_that_names_itself() =>
        Verify.DiagnosticAsync(
            Sources.Api("""
                [Post("/v1/files")]
                [Multipart]
                Task UploadAsync([Part(ContentType = "text/plain")] MultipartPart [|part|], CancellationToken cancellationToken = default);
                """),
            "SPD2043",
            "Parameter 'part' of 'UploadAsync' cannot be a part of its multipart body: a MultipartPart names itself and carries its own file name and content type, so [Part] cannot give it others; remove [Part]");

    [Fact]
    public Task A_part_on_a_method_without_multipart_is_reported() =>
        Verify.DiagnosticAsync(
            Sources.Api("""
                [Post("/v1/files")]
                Task UploadAsync([Part] System.IO.Stream [|file|], CancellationToken cancellationToken = default);
                """),
            "SPD2044",
            "Parameter 'file' of 'UploadAsync' is a [Part], but 'UploadAsync' has no multipart body; add [Multipart] to 'UploadAsync', or bind 'file' another way");

    [Fact]
    public Task A_boundary_with_a_character_RFC_2046_forbids_is_reported_on_its_string() =>
        Verify.DiagnosticAsync(
            Sources.Api("""
                [Post("/v1/files")]
                [Multipart([|"bad;boundary"|])]
                Task UploadAsync(System.IO.Stream file, CancellationToken cancellationToken = default);
                """),
            "SPD2045",
            "The multipart boundary of 'UploadAsync' is \"bad;boundary\", which cannot be sent: character 4 (';') is not one a boundary may hold: letters, digits, space and ' ( ) + _ , - . / : = ?");

    [Fact]
    public Task A_boundary_longer_than_70_characters_is_reported() =>
        Verify.DiagnosticAsync(
            Sources.Api($$"""
                [Post("/v1/files")]
                [Multipart([|"{{new string('b', 71)}}"|])]
                Task UploadAsync(System.IO.Stream file, CancellationToken cancellationToken = default);
                """),
            "SPD2045",
            "The multipart boundary of 'UploadAsync' is \"" + new string('b', 71) + "\", which cannot be sent: it is 71 characters long, and a boundary has at most 70");

    [Fact]
    public Task A_content_type_that_is_not_a_media_type_is_reported_on_its_value() =>
        Verify.DiagnosticAsync(
            Sources.Api("""
                [Post("/v1/files")]
                [Multipart]
                Task UploadAsync([Part(ContentType = [|"pdf"|])] byte[] file, CancellationToken cancellationToken = default);
                """),
            "SPD2045",
            "The content type of part 'file' of 'UploadAsync' is \"pdf\", which cannot be sent: a media type is type/subtype, such as application/pdf or text/plain");

    [Fact]
    public Task A_content_type_with_a_line_break_is_reported() =>
        Verify.DiagnosticAsync(
            Sources.Api("""
                [Post("/v1/files")]
                [Multipart]
                Task UploadAsync([Part(ContentType = [|"text/plain\r\nX-Injected: 1"|])] string note, CancellationToken cancellationToken = default);
                """),
            "SPD2045",
            "The content type of part 'note' of 'UploadAsync' is \"text/plain\\u000D\\u000AX-Injected: 1\", which cannot be sent: character 11 (U+000D) cannot follow the media type; parameters follow a ';' as name=value");

    [Fact]
    public Task An_empty_part_name_is_reported_on_its_string() =>
        Verify.DiagnosticAsync(
            Sources.Api("""
                [Post("/v1/files")]
                [Multipart]
                Task UploadAsync([Part([|""|])] byte[] file, CancellationToken cancellationToken = default);
                """),
            "SPD2045",
            "The name of parameter 'file' of 'UploadAsync' is \"\", which cannot be sent: a part's name is its field name, and it is empty");

    [Fact]
    public Task A_file_name_with_an_unpaired_surrogate_is_reported_on_its_value() =>
        Verify.DiagnosticAsync(
            Sources.Api("""
                [Post("/v1/files")]
                [Multipart]
                Task UploadAsync([Part(FileName = [|"a\uD800.pdf"|])] byte[] file, CancellationToken cancellationToken = default);
                """),
            "SPD2045",
            "The file name of part 'file' of 'UploadAsync' is \"a\\uD800.pdf\", which cannot be sent: it holds an unpaired surrogate at position 2, and such text has no UTF-8 form");

    [Fact]
    public Task A_multipart_body_on_a_GET_is_warned_about_on_the_attribute() =>
        Verify.DiagnosticAsync(
            Sources.Api("""
                [Get("/v1/files")]
                [[|Multipart|]]
                Task<string> UploadAsync(System.IO.Stream file, CancellationToken cancellationToken = default);
                """),
            "SPD2003",
            "'UploadAsync' sends the body 'multipart/form-data' with GET, which many servers and proxies drop; suppress this warning if the API really expects a body");
}
