// The same call written by hand with HttpClient and a System.Text.Json source-generated context: the baseline
// first-call.sh compares the generated consumer with (binary size and time to the first parsed response).
using System;
using System.Net.Http;
using System.Net.Http.Json;
using System.Text.Json.Serialization;
using FirstCall;

using var http = new HttpClient { BaseAddress = new Uri(args[0]) };
http.DefaultRequestHeaders.Add("token", Environment.GetEnvironmentVariable("SMARTERPROCTORING_TOKEN"));
string path = "/v1/installs/" + Uri.EscapeDataString(args[1]) + "/courses/" + Uri.EscapeDataString(args[2])
    + "/exams/" + Uri.EscapeDataString(args[3]) + "/configurations/" + Uri.EscapeDataString(args[4]);
using HttpResponseMessage response = await http.GetAsync(path, HttpCompletionOption.ResponseHeadersRead);
response.EnsureSuccessStatusCode();
Configuration configuration = (await response.Content.ReadFromJsonAsync(HandJsonContext.Default.Configuration))!;
Console.WriteLine(configuration.Sid + " " + configuration.Duration);

namespace FirstCall
{
    public sealed record Configuration(string? Sid, double? Duration, string? ExamSid, bool? Locked);

    [JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
    [JsonSerializable(typeof(Configuration))]
    internal sealed partial class HandJsonContext : JsonSerializerContext
    {
    }
}
