// A minimal consumer: one interface, one call, no JSON context written by hand. first-call.sh publishes it with
// Native AOT and times it from process start to the parsed response.
using System;
using System.Net.Http;
using System.Threading.Tasks;
using FirstCall;
using SmarterProctoring.Declarative;

using var http = new HttpClient { BaseAddress = new Uri(args[0]) };
http.DefaultRequestHeaders.Add("token", Environment.GetEnvironmentVariable("SMARTERPROCTORING_TOKEN"));
Configuration configuration = await IConfigurationsApi.Create(http).GetAsync(args[1], args[2], args[3], args[4]);
Console.WriteLine(configuration.Sid + " " + configuration.Duration);

namespace FirstCall
{
    public sealed record Configuration(string? Sid, double? Duration, string? ExamSid, bool? Locked);

    public partial interface IConfigurationsApi
    {
        [Get("/v1/installs/{installSid}/courses/{courseSid}/exams/{examSid}/configurations/{examConfigurationSid}")]
        Task<Configuration> GetAsync([Sid("AI")] string installSid, [Sid("CU")] string courseSid, [Sid("EX")] string examSid, [Sid("EC")] string examConfigurationSid);
    }
}
