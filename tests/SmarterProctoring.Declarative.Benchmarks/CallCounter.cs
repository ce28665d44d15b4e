using System;
using System.Globalization;
using System.Net.Http;
using System.Threading.Tasks;
using SmarterProctoring.Client;

namespace SmarterProctoring.Declarative.Benchmarks;

/// <summary>
/// Makes N calls with one client after a warm-up, for instruction counting under valgrind's callgrind:
/// (instructions for N calls - instructions for 0 calls) / N is the CPU cost of one call, repeatable whatever else
/// the machine is doing. Run with DOTNET_TieredCompilation=0 so no method is recompiled while counting.
/// </summary>
internal static class CallCounter
{
    public static async Task RunAsync(string which, string countText)
    {
        int count = int.Parse(countText, CultureInfo.InvariantCulture);
        HttpClient NewClient() => new(new CannedResponseHandler()) { BaseAddress = Payloads.BaseAddress };
        var handWritten = new HandWrittenClient(NewClient());
        IExamConfigurationsApi generated = IExamConfigurationsApi.Create(NewClient());
        Func<Task> call = which switch
        {
            "put-hand" => () => handWritten.UpdateAsync(Payloads.InstallSid, Payloads.CourseSid, Payloads.ExamSid, Payloads.ExamConfigurationSid, Payloads.Request),
            "put-generated" => () => generated.UpdateAsync(Payloads.InstallSid, Payloads.CourseSid, Payloads.ExamSid, Payloads.ExamConfigurationSid, Payloads.Request),
            "get-hand" => () => handWritten.GetAsync(Payloads.InstallSid, Payloads.CourseSid, Payloads.ExamSid, Payloads.ExamConfigurationSid),
            "get-generated" => () => generated.GetAsync(Payloads.InstallSid, Payloads.CourseSid, Payloads.ExamSid, Payloads.ExamConfigurationSid),
            _ => throw new ArgumentException("expected put-hand, put-generated, get-hand or get-generated", nameof(which)),
        };

        for (int i = 0; i < 200; i++)
        {
            await call();
        }

        for (int i = 0; i < count; i++)
        {
            await call();
        }
    }
}
