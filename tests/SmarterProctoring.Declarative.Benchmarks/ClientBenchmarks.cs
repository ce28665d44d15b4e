using System.Net.Http;
using System.Text.Json;
using System.Threading.Tasks;
using BenchmarkDotNet.Attributes;
using SmarterProctoring.Client;

namespace SmarterProctoring.Declarative.Benchmarks;

/// <summary>
/// The Update Configuration PUT (and the GET) through every client, against the same in-memory transport.
/// The hand-written client is the baseline.
/// </summary>
[MemoryDiagnoser]
public class ClientBenchmarks
{
    private HandWrittenClient _handWritten = null!;
    private IExamConfigurationsApi _generated = null!;
    private IRefitExamConfigurationsApi _refitSourceGenerated = null!;
    private IRefitExamConfigurationsApi _refitDefault = null!;
    private IRestEaseExamConfigurationsApi _restEase = null!;

    [GlobalSetup]
    public void Setup()
    {
        HttpClient NewClient() => new(new CannedResponseHandler()) { BaseAddress = Payloads.BaseAddress };
        _handWritten = new HandWrittenClient(NewClient());
        _generated = IExamConfigurationsApi.Create(NewClient());
        var sourceGeneratedOptions = new JsonSerializerOptions(HandWrittenJsonContext.Default.Options);
        _refitSourceGenerated = Refit.RestService.For<IRefitExamConfigurationsApi>(NewClient(), new Refit.RefitSettings
        {
            ContentSerializer = new Refit.SystemTextJsonContentSerializer(sourceGeneratedOptions),
        });
        _refitDefault = Refit.RestService.For<IRefitExamConfigurationsApi>(NewClient());
        // RestEase's default Newtonsoft.Json cannot read JsonElement members; its serializers are swapped for
        // System.Text.Json with the same source-generated context (RestEase still buffers the response as a string).
        _restEase = new RestEase.RestClient(NewClient())
        {
            RequestBodySerializer = new SystemTextJsonBodySerializer(),
            ResponseDeserializer = new SystemTextJsonResponseDeserializer(),
        }.For<IRestEaseExamConfigurationsApi>();
    }

    [Benchmark(Baseline = true, Description = "PUT hand-written")]
    [BenchmarkCategory("PUT")]
    public Task<ExamConfiguration> PutHandWritten() =>
        _handWritten.UpdateAsync(Payloads.InstallSid, Payloads.CourseSid, Payloads.ExamSid, Payloads.ExamConfigurationSid, Payloads.Request);

    [Benchmark(Description = "PUT SmarterProctoring.Declarative")]
    [BenchmarkCategory("PUT")]
    public Task<ExamConfiguration> PutGenerated() =>
        _generated.UpdateAsync(Payloads.InstallSid, Payloads.CourseSid, Payloads.ExamSid, Payloads.ExamConfigurationSid, Payloads.Request);

    [Benchmark(Description = "PUT Refit 16.4 (source-generated JSON)")]
    [BenchmarkCategory("PUT")]
    public Task<ExamConfiguration> PutRefitSourceGenerated() =>
        _refitSourceGenerated.UpdateAsync(Payloads.InstallSid, Payloads.CourseSid, Payloads.ExamSid, Payloads.ExamConfigurationSid, Payloads.Request);

    [Benchmark(Description = "PUT Refit 16.4 (default)")]
    [BenchmarkCategory("PUT")]
    public Task<ExamConfiguration> PutRefitDefault() =>
        _refitDefault.UpdateAsync(Payloads.InstallSid, Payloads.CourseSid, Payloads.ExamSid, Payloads.ExamConfigurationSid, Payloads.Request);

    [Benchmark(Description = "PUT RestEase 1.4.3")]
    [BenchmarkCategory("PUT")]
    public Task<ExamConfiguration> PutRestEase() =>
        _restEase.UpdateAsync(Payloads.InstallSid, Payloads.CourseSid, Payloads.ExamSid, Payloads.ExamConfigurationSid, Payloads.Request);
}

/// <summary>The GET of the same resource: no body, the same response.</summary>
[MemoryDiagnoser]
public class GetBenchmarks
{
    private HandWrittenClient _handWritten = null!;
    private IExamConfigurationsApi _generated = null!;
    private IRefitExamConfigurationsApi _refitSourceGenerated = null!;

    [GlobalSetup]
    public void Setup()
    {
        HttpClient NewClient() => new(new CannedResponseHandler()) { BaseAddress = Payloads.BaseAddress };
        _handWritten = new HandWrittenClient(NewClient());
        _generated = IExamConfigurationsApi.Create(NewClient());
        _refitSourceGenerated = Refit.RestService.For<IRefitExamConfigurationsApi>(NewClient(), new Refit.RefitSettings
        {
            ContentSerializer = new Refit.SystemTextJsonContentSerializer(new JsonSerializerOptions(HandWrittenJsonContext.Default.Options)),
        });
    }

    [Benchmark(Baseline = true, Description = "GET hand-written")]
    public Task<ExamConfiguration> GetHandWritten() =>
        _handWritten.GetAsync(Payloads.InstallSid, Payloads.CourseSid, Payloads.ExamSid, Payloads.ExamConfigurationSid);

    [Benchmark(Description = "GET SmarterProctoring.Declarative")]
    public Task<ExamConfiguration> GetGenerated() =>
        _generated.GetAsync(Payloads.InstallSid, Payloads.CourseSid, Payloads.ExamSid, Payloads.ExamConfigurationSid);

    [Benchmark(Description = "GET Refit 16.4 (source-generated JSON)")]
    public Task<ExamConfiguration> GetRefit() =>
        _refitSourceGenerated.GetAsync(Payloads.InstallSid, Payloads.CourseSid, Payloads.ExamSid, Payloads.ExamConfigurationSid);
}

/// <summary>Building the request path alone: escaping every value, versus checking SIDs and baking literals in.</summary>
[MemoryDiagnoser]
public class PathBenchmarks
{
    [Benchmark(Baseline = true, Description = "path hand-written (Uri.EscapeDataString)")]
    public string HandWritten() =>
        HandWrittenClient.BuildPath(Payloads.InstallSid, Payloads.CourseSid, Payloads.ExamSid, Payloads.ExamConfigurationSid);

    [Benchmark(Description = "path as generated (SID check + interpolation)")]
    public string Generated()
    {
        // Exactly the statements the generated UpdateAsync runs before creating the request (the base address
        // prefix is a cached string there too).
        string baseAddress = BaseAddress;
        string installSid = Payloads.InstallSid, courseSid = Payloads.CourseSid, examSid = Payloads.ExamSid, examConfigurationSid = Payloads.ExamConfigurationSid;
        Runtime.RequestArguments.ThrowIfInvalidSid(installSid, "AI", "installSid");
        Runtime.RequestArguments.ThrowIfInvalidSid(courseSid, "CU", "courseSid");
        Runtime.RequestArguments.ThrowIfInvalidSid(examSid, "EX", "examSid");
        Runtime.RequestArguments.ThrowIfInvalidSid(examConfigurationSid, "EC", "examConfigurationSid");
        return $"{baseAddress}/v1/installs/{installSid}/courses/{courseSid}/exams/{examSid}/configurations/{examConfigurationSid}";
    }

    private static readonly string BaseAddress = Payloads.BaseAddress.GetLeftPart(System.UriPartial.Path).TrimEnd('/');
}

internal sealed class SystemTextJsonBodySerializer : RestEase.RequestBodySerializer
{
    public override HttpContent? SerializeBody<T>(T body, RestEase.RequestBodySerializerInfo info) =>
        System.Net.Http.Json.JsonContent.Create(body, HandWrittenJsonContext.Default.Options.GetTypeInfo(typeof(T)));
}

internal sealed class SystemTextJsonResponseDeserializer : RestEase.ResponseDeserializer
{
    public override T Deserialize<T>(string? content, HttpResponseMessage response, RestEase.ResponseDeserializerInfo info) =>
        (T)JsonSerializer.Deserialize(content!, HandWrittenJsonContext.Default.Options.GetTypeInfo(typeof(T)))!;
}
