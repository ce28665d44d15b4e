using System;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Threading;
using System.Threading.Tasks;
using SmarterProctoring.Client;

namespace SmarterProctoring.Declarative.Benchmarks;

/// <summary>The realistic, fully populated Update Configuration call every client makes.</summary>
internal static class Payloads
{
    public const string InstallSid = "AI0123456789abcdef0123456789abcdef";
    public const string CourseSid = "CU11111111111111111111111111111111";
    public const string ExamSid = "EX22222222222222222222222222222222";
    public const string ExamConfigurationSid = "EC33333333333333333333333333333333";
    public static readonly Uri BaseAddress = new("https://api.smarterproctoring.test/");

    public static readonly UpdateExamConfigurationRequest Request = new()
    {
        InstructorAsProctor =
        [
            new InstructorAsProctor
            {
                Location = "Library, room 2.14", TimeType = "between", StartTime = "2026-12-14T09:00:00.000Z",
                EndTime = "2026-12-14T17:00:00.000Z", Sid = "US77777777777777777777777777777777", Capacity = 25,
            },
        ],
        PermittedBathroomBreak = true,
        PermittedBathroomBreakInformation = "One break of up to 5 minutes; the timer keeps running.",
        PermittedBlankPaper = true,
        PermittedBlankPaperInformation = "Two sheets, shown to the camera before and after.",
        PermittedCalculator = true,
        PermittedCalculatorInformation = "Non-programmable only.",
        PermittedDictionary = false,
        PermittedDictionaryInformation = null,
        PermittedEarplugs = true,
        PermittedEarplugsInformation = null,
        PermittedFormulaSheet = true,
        PermittedFormulaSheetInformation = "The course formula sheet, one page.",
        PermittedNotes = false,
        PermittedNotesInformation = null,
        PermittedOtherItems = "A clear water bottle.",
        PermittedTextbook = false,
        PermittedTextbookInformation = null,
        PermittedWebsites = false,
        PermittedWebsitesInformation = null,
        ExamOpenDate = new DateTimeOffset(2026, 12, 14, 8, 0, 0, TimeSpan.Zero),
        ExamCloseDate = new DateTimeOffset(2026, 12, 14, 20, 0, 0, TimeSpan.Zero),
        ScheduleOpenDate = new DateTimeOffset(2026, 12, 1, 0, 0, 0, TimeSpan.Zero),
        ScheduleCloseDate = new DateTimeOffset(2026, 12, 13, 23, 59, 59, TimeSpan.Zero),
        EnrollmentSid = "EN44444444444444444444444444444444",
        Url = "https://lms.example.edu/exams/final",
        Password = "exam-password",
        Duration = 120,
        Attempts = 1,
        RequiredSoftware = "SmarterProctoring browser extension",
        StudentNotes = "Have your student ID ready for the identity check.",
        ProctorNotes = "Check the desk and the room before the exam starts.",
        ProctorTypes = ["TS55555555555555555555555555555555"],
        RefConfigSid = "EC66666666666666666666666666666666",
        Attachments = [new ExamAttachment { AttachmentUrl = "https://files.example.edu/exams/final/instructions.pdf", AttachmentAwsTitle = "instructions.pdf" }],
        ModalityOptions = new ModalityOptions { RecordScreen = true, RecordWebcam = true, RecordAudio = true, VerifyId = true, RoomScan = true },
    };

    /// <summary>The documented response, fully populated, as the server sends it.</summary>
    public static readonly byte[] Response = Encoding.UTF8.GetBytes("""
        {"sid":"EC33333333333333333333333333333333","examSid":"EX22222222222222222222222222222222","enrollmentSid":"EN44444444444444444444444444444444",
        "referenceExamConfigurationSid":"EC66666666666666666666666666666666","type":"exam","examOpenDate":"2026-12-14T08:00:00.000Z",
        "examCloseDate":"2026-12-14T20:00:00.000Z","scheduleOpenDate":"2026-12-01T00:00:00.000Z","scheduleCloseDate":"2026-12-13T23:59:59.000Z",
        "password":"exam-password","url":"https://lms.example.edu/exams/final","duration":120,"attempts":1,"attemptsRemaining":1,"locked":false,
        "approved":true,"approvedBy":"US77777777777777777777777777777777","requiredSoftware":"SmarterProctoring browser extension",
        "studentNotes":"Have your student ID ready for the identity check.","permittedBathroomBreak":true,
        "permittedBathroomBreakInformation":"One break of up to 5 minutes; the timer keeps running.","permittedBlankPaper":true,
        "permittedBlankPaperInformation":"Two sheets, shown to the camera before and after.","permittedCalculator":true,
        "permittedCalculatorInformation":"Non-programmable only.","permittedDictionary":false,"permittedDictionaryInformation":null,
        "permittedEarplugs":true,"permittedEarplugsInformation":null,"permittedFormulaSheet":true,"permittedFormulaSheetInformation":"The course formula sheet, one page.",
        "permittedNotes":false,"permittedNotesInformation":null,"permittedOtherItems":"A clear water bottle.","permittedTextbook":false,
        "permittedTextbookInformation":null,"permittedWebsites":false,"permittedWebsitesInformation":null,"apiExamId":"lms-1","examSyncStatus":"synced",
        "virtualCalculatorType":null,"synchronization":null,"proctorNotes":"Check the desk and the room before the exam starts.",
        "proctorTypes":["TS55555555555555555555555555555555"],
        "attachments":[{"attachmentUrl":"https://files.example.edu/exams/final/instructions.pdf","attachmentAwsTitle":"instructions.pdf"}],
        "examFiles":null,"instructorAsProctor":[{"location":"Library, room 2.14","timeType":"between","capacity":25}],
        "exam":{"sid":"EX22222222222222222222222222222222","title":"Final"},"course":{"sid":"CU11111111111111111111111111111111"},"enrollment":null,
        "createdDate":"2026-11-01T10:00:00.000Z","editDate":"2026-11-26T12:00:00.000Z","instructor":null,
        "modalityOptions":{"recordScreen":true,"recordWebcam":true,"recordAudio":true,"verifyId":true,"roomScan":true},"updatedAutomatedSessions":[]}
        """);
}

/// <summary>
/// The transport every client shares: reads the request body to the end, as a socket would (JSON content that
/// serializes lazily would otherwise look free), then answers 200 with the documented response.
/// </summary>
internal sealed class CannedResponseHandler : HttpMessageHandler
{
    private static readonly MediaTypeHeaderValue s_json = new("application/json");

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (request.Content is not null)
        {
            await request.Content.CopyToAsync(System.IO.Stream.Null, cancellationToken).ConfigureAwait(false);
        }

        var content = new ByteArrayContent(Payloads.Response);
        content.Headers.ContentType = s_json;
        return new HttpResponseMessage(System.Net.HttpStatusCode.OK) { Content = content, RequestMessage = request };
    }
}

/// <summary>The context a careful person declares for the hand-written client, with the API's conventions.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(UpdateExamConfigurationRequest))]
[JsonSerializable(typeof(ExamConfiguration))]
internal sealed partial class HandWrittenJsonContext : JsonSerializerContext
{
}
