using System.Net.Http.Json;
using System.Text.Json;

namespace UnionHub.IntegrationTests.Features.Funds;

public sealed class FundsDocsTests : ApiTest
{
    [TestCase("/api/v1/admin/funds", "post", "CreateFund")]
    [TestCase("/api/v1/admin/funds/{id}", "get", "GetFund")]
    [TestCase("/api/v1/admin/funds/{id}/budget", "put", "ChangeFundBudget")]
    [TestCase("/api/v1/funds", "get", "ListOpenFunds")]
    [TestCase("/api/v1/fund-applications", "post", "CreateFundApplication")]
    [TestCase("/api/v1/me/fund-applications", "get", "ListMyFundApplications")]
    [TestCase("/api/v1/me/fund-applications/{id}", "get", "GetMyFundApplication")]
    [TestCase("/api/v1/me/fund-applications/{id}", "put", "ResubmitFundApplication")]
    [TestCase("/api/v1/me/fund-applications/{id}/submit", "post", "SubmitFundApplication")]
    [TestCase("/api/v1/me/fund-applications/{id}/withdraw", "post", "WithdrawFundApplication")]
    [TestCase("/api/v1/me/fund-applications/{id}/evidence", "post", "UploadFundEvidence")]
    [TestCase("/api/v1/me/fund-applications/{id}/evidence/{fileId}", "get", "GetMyFundEvidence")]
    [TestCase("/api/v1/admin/fund-applications", "get", "ListFundApplications")]
    [TestCase("/api/v1/admin/fund-applications/{id}/return", "post", "ReturnFundApplication")]
    [TestCase("/api/v1/admin/fund-applications/{id}/evidence/{fileId}", "get", "GetFundEvidence")]
    [TestCase("/api/v1/admin/review-meetings", "post", "CreateReviewMeeting")]
    [TestCase("/api/v1/admin/review-meetings/{id}", "get", "GetReviewMeeting")]
    [TestCase("/api/v1/admin/fund-applications/{id}/disbursements", "post", "ProposeDisbursement")]
    [TestCase("/api/v1/admin/disbursements/{id}/confirm", "post", "ConfirmDisbursement")]
    public async Task The_openapi_document_describes_every_fund_route(string path, string method, string operationId)
    {
        using var client = Anonymous();
        var doc = await client.GetFromJsonAsync<JsonElement>("/swagger/v1/swagger.json");
        var operation = doc.GetProperty("paths").GetProperty(path).GetProperty(method);
        Assert.That(operation.GetProperty("operationId").GetString(), Is.EqualTo(operationId));
        Assert.That(operation.TryGetProperty("security", out _), Is.True, "every fund route needs a token");
    }
}
