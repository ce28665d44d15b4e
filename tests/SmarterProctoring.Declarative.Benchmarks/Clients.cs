using System;
using System.Net.Http;
using System.Net.Http.Json;
using System.Threading;
using System.Threading.Tasks;
using SmarterProctoring.Client;

namespace SmarterProctoring.Declarative.Benchmarks;

/// <summary>The practical limit: what a careful person writes by hand with HttpClient and a source-generated context.</summary>
internal sealed class HandWrittenClient(HttpClient httpClient)
{
    public async Task<ExamConfiguration> UpdateAsync(
        string installSid, string courseSid, string examSid, string examConfigurationSid,
        UpdateExamConfigurationRequest configuration, CancellationToken cancellationToken = default)
    {
        string path = BuildPath(installSid, courseSid, examSid, examConfigurationSid);
        using var request = new HttpRequestMessage(HttpMethod.Put, path)
        {
            Content = JsonContent.Create(configuration, HandWrittenJsonContext.Default.UpdateExamConfigurationRequest),
        };
        using HttpResponseMessage response = await httpClient.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync(HandWrittenJsonContext.Default.ExamConfiguration, cancellationToken).ConfigureAwait(false))!;
    }

    public async Task<ExamConfiguration> GetAsync(
        string installSid, string courseSid, string examSid, string examConfigurationSid, CancellationToken cancellationToken = default)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, BuildPath(installSid, courseSid, examSid, examConfigurationSid));
        using HttpResponseMessage response = await httpClient.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync(HandWrittenJsonContext.Default.ExamConfiguration, cancellationToken).ConfigureAwait(false))!;
    }

    public static string BuildPath(string installSid, string courseSid, string examSid, string examConfigurationSid) =>
        "/v1/installs/" + Uri.EscapeDataString(installSid) + "/courses/" + Uri.EscapeDataString(courseSid)
        + "/exams/" + Uri.EscapeDataString(examSid) + "/configurations/" + Uri.EscapeDataString(examConfigurationSid);
}

public interface IRefitExamConfigurationsApi
{
    [Refit.Put("/v1/installs/{installSid}/courses/{courseSid}/exams/{examSid}/configurations/{examConfigurationSid}")]
    Task<ExamConfiguration> UpdateAsync(
        string installSid, string courseSid, string examSid, string examConfigurationSid,
        [Refit.Body] UpdateExamConfigurationRequest configuration, CancellationToken cancellationToken = default);

    [Refit.Get("/v1/installs/{installSid}/courses/{courseSid}/exams/{examSid}/configurations/{examConfigurationSid}")]
    Task<ExamConfiguration> GetAsync(string installSid, string courseSid, string examSid, string examConfigurationSid, CancellationToken cancellationToken = default);
}

public interface IRestEaseExamConfigurationsApi
{
    [RestEase.Put("v1/installs/{installSid}/courses/{courseSid}/exams/{examSid}/configurations/{examConfigurationSid}")]
    Task<ExamConfiguration> UpdateAsync(
        [RestEase.Path] string installSid, [RestEase.Path] string courseSid, [RestEase.Path] string examSid,
        [RestEase.Path] string examConfigurationSid, [RestEase.Body] UpdateExamConfigurationRequest configuration,
        CancellationToken cancellationToken = default);

    [RestEase.Get("v1/installs/{installSid}/courses/{courseSid}/exams/{examSid}/configurations/{examConfigurationSid}")]
    Task<ExamConfiguration> GetAsync(
        [RestEase.Path] string installSid, [RestEase.Path] string courseSid, [RestEase.Path] string examSid,
        [RestEase.Path] string examConfigurationSid, CancellationToken cancellationToken = default);
}
