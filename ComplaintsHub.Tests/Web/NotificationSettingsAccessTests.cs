using System.Net;
using ComplaintsHub.Tests.Support;

namespace ComplaintsHub.Tests.Web;

public class NotificationSettingsAccess(AppFixture app) : IClassFixture<AppFixture>
{
    [Theory]
    [InlineData(DemoStaff.Officer, true)]
    [InlineData(DemoStaff.TeamLeader, true)]
    [InlineData(DemoStaff.HeadOfService, true)]
    [InlineData(DemoStaff.ComplaintsAdmin, true)]
    [InlineData(DemoStaff.PortfolioHolder, false)]
    public async Task EveryoneWhoHandlesCasesReachesTheirEmailNotificationsAndCouncillorsDoNot(string person, bool allowed)
    {
        var client = app.Factory.CreateBrowserLikeClient();
        await client.SignInAsAsync(person);

        var response = await client.GetAsync("/account/notifications");

        if (allowed)
        {
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            // The test app has no mail server, so the page says email is off.
            Assert.Contains("data-testid=\"email-switched-off\"", await response.Content.ReadAsStringAsync());
        }
        else
        {
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.StartsWith("/account/access-denied", response.Headers.Location!.PathAndQuery);
        }
    }
}
