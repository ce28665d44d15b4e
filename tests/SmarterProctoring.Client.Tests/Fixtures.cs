using System;
using System.Net.Http;
using RichardSzalay.MockHttp;

namespace SmarterProctoring.Client.Tests;

internal static class Fixtures
{
    public const string InstallSid = "AI0123456789abcdef0123456789abcdef";
    public const string CourseSid = "CU11111111111111111111111111111111";
    public const string ExamSid = "EX22222222222222222222222222222222";
    public const string ExamConfigurationSid = "EC33333333333333333333333333333333";
    public const string EnrollmentSid = "EN44444444444444444444444444444444";
    public const string ProctorTypeSid = "TS55555555555555555555555555555555";
    public const string RefConfigSid = "EC66666666666666666666666666666666";
    public const string Token = "eyJhbGciOiJIUzI1NiJ9.c2VjcmV0LXRva2Vu.c2lnbmF0dXJl";

    public const string ConfigurationUri =
        "https://api.test/v1/installs/" + InstallSid + "/courses/" + CourseSid + "/exams/" + ExamSid + "/configurations/" + ExamConfigurationSid;

    /// <summary>Removes the white space between JSON tokens, leaving string contents as they are.</summary>
    public static class Json
    {
        public static string Minify(string json)
        {
            var builder = new System.Text.StringBuilder(json.Length);
            bool inString = false;
            for (int i = 0; i < json.Length; i++)
            {
                char c = json[i];
                if (inString)
                {
                    builder.Append(c);
                    if (c == '\\')
                    {
                        builder.Append(json[++i]);
                    }
                    else if (c == '"')
                    {
                        inString = false;
                    }
                }
                else if (!char.IsWhiteSpace(c))
                {
                    inString = c == '"';
                    builder.Append(c);
                }
            }

            return builder.ToString();
        }
    }

    public static (IExamConfigurationsApi Api, MockHttpMessageHandler Handler) CreateApi()
    {
        var handler = new MockHttpMessageHandler();
        HttpClient httpClient = SmarterProctoringClient.CreateHttpClient(
            new SmarterProctoringClientOptions { BaseAddress = new Uri("https://api.test/"), Token = Token },
            handler);
        return (IExamConfigurationsApi.Create(httpClient), handler);
    }

    /// <summary>Every field of the reference page's request set.</summary>
    public static UpdateExamConfigurationRequest FullRequest() => new()
    {
        InstructorAsProctor =
        [
            new InstructorAsProctor
            {
                Location = "Room 101",
                TimeType = "between",
                StartTime = "2026-12-01T09:00:00.000Z",
                EndTime = "2026-12-01T17:00:00.000Z",
                Sid = "US77777777777777777777777777777777",
                Capacity = 30,
            },
        ],
        PermittedBathroomBreak = true,
        PermittedBathroomBreakInformation = "One break of 5 minutes",
        PermittedBlankPaper = true,
        PermittedBlankPaperInformation = "Two sheets",
        PermittedCalculator = false,
        PermittedCalculatorInformation = "None",
        PermittedDictionary = false,
        PermittedDictionaryInformation = "None",
        PermittedEarplugs = true,
        PermittedEarplugsInformation = "Foam only",
        PermittedFormulaSheet = true,
        PermittedFormulaSheetInformation = "One page",
        PermittedNotes = false,
        PermittedNotesInformation = "None",
        PermittedOtherItems = "Water bottle",
        PermittedTextbook = false,
        PermittedTextbookInformation = "None",
        PermittedWebsites = true,
        PermittedWebsitesInformation = "Course site only",
        ExamOpenDate = new DateTimeOffset(2026, 12, 1, 9, 0, 0, TimeSpan.Zero),
        ExamCloseDate = new DateTimeOffset(2026, 12, 1, 19, 30, 0, TimeSpan.FromHours(2)),
        ScheduleOpenDate = new DateTimeOffset(2026, 11, 20, 0, 0, 0, 250, TimeSpan.Zero),
        ScheduleCloseDate = new DateTimeOffset(2026, 11, 30, 23, 59, 59, TimeSpan.Zero),
        EnrollmentSid = EnrollmentSid,
        Url = "https://lms.example/exams/1",
        Password = "exam-password",
        Duration = 90,
        Attempts = 2,
        RequiredSoftware = "Lockdown browser",
        StudentNotes = "Bring ID",
        ProctorNotes = "Check the room",
        ProctorTypes = [ProctorTypeSid],
        RefConfigSid = RefConfigSid,
        Attachments = [new ExamAttachment { AttachmentUrl = "https://files.example/a.pdf", AttachmentAwsTitle = "a.pdf" }],
        ModalityOptions = new ModalityOptions { RecordScreen = true, RecordWebcam = true, VerifyId = false },
    };

    /// <summary>The JSON the reference page documents for <see cref="FullRequest"/>, in its field order.</summary>
    public static readonly string FullRequestJson = Json.Minify("""
        {
          "instructorAsProctor": [
            {
              "location": "Room 101",
              "timeType": "between",
              "startTime": "2026-12-01T09:00:00.000Z",
              "endTime": "2026-12-01T17:00:00.000Z",
              "sid": "US77777777777777777777777777777777",
              "capacity": 30
            }
          ],
          "permittedBathroomBreak": true,
          "permittedBathroomBreakInformation": "One break of 5 minutes",
          "permittedBlankPaper": true,
          "permittedBlankPaperInformation": "Two sheets",
          "permittedCalculator": false,
          "permittedCalculatorInformation": "None",
          "permittedDictionary": false,
          "permittedDictionaryInformation": "None",
          "permittedEarplugs": true,
          "permittedEarplugsInformation": "Foam only",
          "permittedFormulaSheet": true,
          "permittedFormulaSheetInformation": "One page",
          "permittedNotes": false,
          "permittedNotesInformation": "None",
          "permittedOtherItems": "Water bottle",
          "permittedTextbook": false,
          "permittedTextbookInformation": "None",
          "permittedWebsites": true,
          "permittedWebsitesInformation": "Course site only",
          "examOpenDate": "2026-12-01T09:00:00.000Z",
          "examCloseDate": "2026-12-01T17:30:00.000Z",
          "scheduleOpenDate": "2026-11-20T00:00:00.250Z",
          "scheduleCloseDate": "2026-11-30T23:59:59.000Z",
          "enrollmentSid": "EN44444444444444444444444444444444",
          "url": "https://lms.example/exams/1",
          "password": "exam-password",
          "duration": 90,
          "attempts": 2,
          "requiredSoftware": "Lockdown browser",
          "studentNotes": "Bring ID",
          "proctorNotes": "Check the room",
          "proctorTypes": [
            "TS55555555555555555555555555555555"
          ],
          "refConfigSid": "EC66666666666666666666666666666666",
          "attachments": [
            {
              "attachmentUrl": "https://files.example/a.pdf",
              "attachmentAwsTitle": "a.pdf"
            }
          ],
          "modalityOptions": {
            "recordScreen": true,
            "recordWebcam": true,
            "verifyId": false
          }
        }
        """);

    /// <summary>Only the required fields, with every nullable one null.</summary>
    public static UpdateExamConfigurationRequest MinimalRequest() => new()
    {
        InstructorAsProctor = [],
        PermittedBathroomBreak = false,
        PermittedBathroomBreakInformation = null,
        PermittedBlankPaper = false,
        PermittedBlankPaperInformation = null,
        PermittedCalculator = false,
        PermittedCalculatorInformation = null,
        PermittedDictionary = false,
        PermittedDictionaryInformation = null,
        PermittedEarplugs = false,
        PermittedEarplugsInformation = null,
        PermittedFormulaSheet = false,
        PermittedFormulaSheetInformation = null,
        PermittedNotes = false,
        PermittedNotesInformation = null,
        PermittedOtherItems = null,
        PermittedTextbook = false,
        PermittedTextbookInformation = null,
        PermittedWebsites = false,
        PermittedWebsitesInformation = null,
    };

    public static readonly string MinimalRequestJson = Json.Minify("""
        {
          "instructorAsProctor": [],
          "permittedBathroomBreak": false,
          "permittedBathroomBreakInformation": null,
          "permittedBlankPaper": false,
          "permittedBlankPaperInformation": null,
          "permittedCalculator": false,
          "permittedCalculatorInformation": null,
          "permittedDictionary": false,
          "permittedDictionaryInformation": null,
          "permittedEarplugs": false,
          "permittedEarplugsInformation": null,
          "permittedFormulaSheet": false,
          "permittedFormulaSheetInformation": null,
          "permittedNotes": false,
          "permittedNotesInformation": null,
          "permittedOtherItems": null,
          "permittedTextbook": false,
          "permittedTextbookInformation": null,
          "permittedWebsites": false,
          "permittedWebsitesInformation": null
        }
        """);

    /// <summary>A response in the documented shape, with the loosely typed fields as a server really fills them.</summary>
    public const string DocumentedResponseJson = """
        {
          "sid": "EC33333333333333333333333333333333",
          "examSid": "EX22222222222222222222222222222222",
          "enrollmentSid": "EN44444444444444444444444444444444",
          "referenceExamConfigurationSid": null,
          "type": "exam",
          "examOpenDate": "2026-12-01T09:00:00.000Z",
          "examCloseDate": "2026-12-01T17:30:00.000Z",
          "scheduleOpenDate": null,
          "scheduleCloseDate": null,
          "password": "exam-password",
          "url": "https://lms.example/exams/1",
          "duration": 90,
          "attempts": 2,
          "attemptsRemaining": 1.5,
          "locked": false,
          "approved": true,
          "approvedBy": "US77777777777777777777777777777777",
          "requiredSoftware": null,
          "studentNotes": "Bring ID",
          "permittedBathroomBreak": true,
          "permittedBathroomBreakInformation": null,
          "permittedBlankPaper": true,
          "permittedBlankPaperInformation": "Two sheets",
          "permittedCalculator": false,
          "permittedCalculatorInformation": null,
          "permittedDictionary": false,
          "permittedDictionaryInformation": null,
          "permittedEarplugs": null,
          "permittedEarplugsInformation": null,
          "permittedFormulaSheet": true,
          "permittedFormulaSheetInformation": "One page",
          "permittedNotes": false,
          "permittedNotesInformation": null,
          "permittedOtherItems": "Water bottle",
          "permittedTextbook": false,
          "permittedTextbookInformation": null,
          "permittedWebsites": true,
          "permittedWebsitesInformation": "Course site only",
          "apiExamId": "lms-1",
          "examSyncStatus": "synced",
          "virtualCalculatorType": null,
          "synchronization": null,
          "proctorNotes": "Check the room",
          "proctorTypes": ["TS55555555555555555555555555555555"],
          "attachments": [{"attachmentUrl": "https://files.example/a.pdf", "attachmentAwsTitle": "a.pdf"}],
          "examFiles": null,
          "instructorAsProctor": [{"location": "Room 101", "capacity": 30}],
          "exam": {"sid": "EX22222222222222222222222222222222", "title": "Final"},
          "course": "CU11111111111111111111111111111111",
          "enrollment": null,
          "createdDate": "2026-11-01T10:00:00.000Z",
          "editDate": "2026-11-26T12:00:00.000Z",
          "instructor": "Ada Lovelace",
          "modalityOptions": {"recordScreen": true},
          "updatedAutomatedSessions": [],
          "someFieldAddedLater": {"ignored": true}
        }
        """;
}
