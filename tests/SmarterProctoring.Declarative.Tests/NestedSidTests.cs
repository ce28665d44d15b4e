using System;
using System.Net.Http;
using System.Threading.Tasks;
using RichardSzalay.MockHttp;
using Xunit;

namespace SmarterProctoring.Declarative.Tests;

/// <summary>
/// A [Sid] on a property of an object inside the body (directly, in a collection, at any depth, through a class
/// that holds itself) is checked before anything is sent, and the error names the property's place in the body.
/// </summary>
public sealed class NestedSidTests
{
    private const string Course = "CU0123456789abcdef0123456789abcdef";
    private const string Exam = "EX0123456789abcdef0123456789abcdef";

    [Fact]
    public async Task A_body_whose_nested_sids_are_valid_is_sent()
    {
        (ITestApi api, MockHttpMessageHandler handler) = TestData.CreateApi();
        handler.Expect(HttpMethod.Put, "https://api.test/v1/rosters").Respond(System.Net.HttpStatusCode.NoContent);

        await api.PutRosterAsync(Valid());

        handler.VerifyNoOutstandingExpectation();
    }

    [Fact]
    public async Task Null_objects_collections_and_elements_pass()
    {
        (ITestApi api, MockHttpMessageHandler handler) = TestData.CreateApi();
        handler.Expect(HttpMethod.Put, "https://api.test/v1/rosters").Respond(System.Net.HttpStatusCode.NoContent);

        await api.PutRosterAsync(new Roster { Sections = [null, new Section { Children = null, ExamSids = null }] });

        handler.VerifyNoOutstandingExpectation();
    }

    public static TheoryData<string, string> Defects() => new()
    {
        { "Lead.CourseSid", "roster.Lead.CourseSid must be a SID matching ^CU[a-f0-9]{32}$" },
        { "Sections[1].ExamSids[1]", "roster.Sections[1].ExamSids[1] must be a SID matching ^EX[a-f0-9]{32}$" },
        { "Sections[0].Children[2].Parent.CourseSid", "roster.Sections[0].Children[2].Parent.CourseSid must be a SID matching ^CU[a-f0-9]{32}$" },
        { "Lead.Parent.Parent.CourseSid", "roster.Lead.Parent.Parent.CourseSid must be a SID matching ^CU[a-f0-9]{32}$" },
    };

    [Theory]
    [MemberData(nameof(Defects))]
    public async Task A_wrong_nested_sid_is_refused_before_sending_and_named_by_its_place_in_the_body(string place, string expected)
    {
        (ITestApi api, MockHttpMessageHandler handler) = TestData.CreateApi();
        MockedRequest put = handler.When("*").Respond(System.Net.HttpStatusCode.NoContent);
        Roster roster = Valid();
        Break(roster, place);

        ArgumentException error = await Assert.ThrowsAsync<ArgumentException>(() => api.PutRosterAsync(roster));

        Assert.Equal("roster", error.ParamName);
        Assert.StartsWith(expected, error.Message, StringComparison.Ordinal);
        Assert.Equal(0, handler.GetMatchCount(put));
    }

    [Fact]
    public async Task A_body_that_is_a_collection_of_objects_has_each_element_checked()
    {
        (ITestApi api, MockHttpMessageHandler handler) = TestData.CreateApi();
        MockedRequest put = handler.When("*").Respond(System.Net.HttpStatusCode.NoContent);

        await api.PutSectionsAsync([new Section { CourseSid = Course }, new Section()]);
        var wrong = new Section();
        Break(wrong);
        ArgumentException error = await Assert.ThrowsAsync<ArgumentException>(() =>
            api.PutSectionsAsync([new Section { CourseSid = Course }, new Section { Children = [wrong] }]));

        Assert.Equal("sections", error.ParamName);
        Assert.StartsWith("sections[1].Children[0].CourseSid must be a SID matching ^CU[a-f0-9]{32}$", error.Message, StringComparison.Ordinal);
        Assert.Equal(1, handler.GetMatchCount(put));
    }

    private static Roster Valid() => new()
    {
        InstallSid = TestData.InstallSid,
        Lead = new Section { CourseSid = Course, Parent = new Section { Parent = new Section { CourseSid = Course } } },
        Sections =
        [
            new Section { Children = [new Section(), new Section { CourseSid = Course }, new Section { Parent = new Section { CourseSid = Course } }] },
            new Section { ExamSids = [Exam, Exam] },
        ],
        Note = new Item { Name = "not a SID" },
    };

    private static void Break(Section section)
    {
#pragma warning disable SPD4001 // The wrong SID is the point: the generated checks must refuse it at run time.
        section.CourseSid = "CU1";
#pragma warning restore SPD4001
    }

    private static void Break(Roster roster, string place)
    {
        const string Wrong = "CU0123456789ABCDEF0123456789abcdef";
#pragma warning disable SPD4001 // The wrong SIDs are the point: the generated checks must refuse them at run time.
        switch (place)
        {
            case "Lead.CourseSid": roster.Lead!.CourseSid = Wrong; break;
            case "Sections[1].ExamSids[1]": roster.Sections![1]!.ExamSids![1] = "EX-not-a-sid"; break;
            case "Sections[0].Children[2].Parent.CourseSid": roster.Sections![0]!.Children![2].Parent!.CourseSid = Wrong; break;
            default: roster.Lead!.Parent!.Parent!.CourseSid = Wrong; break;
        }
#pragma warning restore SPD4001
    }
}
