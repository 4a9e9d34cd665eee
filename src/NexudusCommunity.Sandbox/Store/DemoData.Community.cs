using System.Globalization;
using System.Text.Json.Nodes;

namespace NexudusCommunity.Sandbox;

/// <summary>
/// Demo records of the events, blog, help-desk and announcement entities: a Summer Party with tickets and attendees,
/// a monthly breakfast, two blog posts, help-desk departments with a message or two, an announcement and two perks.
/// The businesses, users and coworkers they refer to are found by name (or as the first of each), never by Id.
/// The discussion board has no demo records (tests count its threads), so likes, follows and mutes have none either.
/// </summary>
internal static class CommunityDemoData
{
    public static void Add(SandboxStore store)
    {
        var business = Id(FindByName(store, "Business", "Name", "Sandbox Coworking"));
        var staff = store.UserIds[0];
        var ada = Id(FindByName(store, "Coworker", "FullName", "Ada Lovelace"));
        var alan = Id(FindByName(store, "Coworker", "FullName", "Alan Turing"));
        var grace = Id(FindByName(store, "Coworker", "FullName", "Grace Hopper"));
        var today = DateTime.UtcNow.Date;

        AddEvents(store, business, today, ada, alan, grace);
        AddBlog(store, business, today, alan);
        AddHelpDesk(store, business, today, staff, alan, grace);

        Add(store, "BusinessAnnouncement", new JsonObject
        {
            ["BusinessId"] = business, ["Name"] = "Lift maintenance on Friday",
            ["Body"] = "The main lift is out of service from 8:00 to 12:00 on Friday; please use the stairs or the goods lift.",
            ["Active"] = true, ["ActiveFrom"] = Date(today.AddDays(-1)), ["ActiveTo"] = Date(today.AddDays(7)),
            ["ShowButton"] = false, ["SendPushNotification"] = false, ["OnlyForContacts"] = false, ["OnlyForMembers"] = false,
        });
        Add(store, "CommunityPerk", Perk(business, "20% off at Bean There café", "Food & drink", 1, "Show your member app at the till."));
        Add(store, "CommunityPerk", Perk(business, "Free bike check-up", "Getting around", 2, "Once a year at Spokes on Main Street."));
    }

    private static void AddEvents(SandboxStore store, long business, DateTime today, long ada, long alan, long grace)
    {
        var parties = Add(store, "CalendarEventCategory", new JsonObject { ["BusinessId"] = business, ["Title"] = "Parties", ["CalendarEvents"] = new JsonArray() });
        var networking = Add(store, "CalendarEventCategory", new JsonObject { ["BusinessId"] = business, ["Title"] = "Networking", ["CalendarEvents"] = new JsonArray() });

        // Next July's party, whatever the date the sandbox starts on.
        var partyDay = new DateTime(today.Month > 7 ? today.Year + 1 : today.Year, 7, 10, 0, 0, 0, DateTimeKind.Utc);
        var party = Add(store, "CalendarEvent", Event(business, "Summer Party", partyDay.AddHours(17), partyDay.AddHours(22), 80, Id(parties), today));
        party["HostFullName"] = "The community team";
        party["ShortDescription"] = "Drinks, food and music on the roof terrace.";
        party["LongDescription"] = "Our yearly party for members and their guests: a barbecue, a DJ from 19:00 and the terrace open until late.";
        party["Location"] = "Roof terrace";
        party["ShowEventAttendees"] = true;
        party["EnableWaitList"] = true;
        Replace(store, "CalendarEvent", party);

        var breakfastDay = today.AddDays(7);
        var breakfast = Add(store, "CalendarEvent", Event(business, "Networking Breakfast", breakfastDay.AddHours(8), breakfastDay.AddHours(9.5), 30, Id(networking), today));
        breakfast["Location"] = "Café";
        breakfast["RepeatEvent"] = true;
        breakfast["Repeats"] = 3; // Monthly
        breakfast["RepeatEvery"] = 1;
        breakfast["RepeatUntil"] = Date(breakfastDay.AddMonths(6));
        Replace(store, "CalendarEvent", breakfast);

        Link(store, "CalendarEventCategory", parties, "CalendarEvents", Id(party));
        Link(store, "CalendarEventCategory", networking, "CalendarEvents", Id(breakfast));

        var earlyBird = Add(store, "EventProduct", Ticket(Id(party), "Early bird", 1, 10.00m, 30, today, partyDay));
        var standard = Add(store, "EventProduct", Ticket(Id(party), "Standard", 2, 15.00m, 50, today, partyDay));
        Add(store, "EventProduct", Ticket(Id(breakfast), "Breakfast seat", 1, 0m, 30, today, breakfastDay));

        Add(store, "EventAttendee", Attendee(store, business, Id(party), Id(earlyBird), ada));
        Add(store, "EventAttendee", Attendee(store, business, Id(party), Id(standard), alan));
        Add(store, "EventAttendee", Attendee(store, business, Id(party), Id(standard), null, "Jane Guest", "jane.guest@example.com"));

        Add(store, "EventComment", new JsonObject
        {
            ["BusinessId"] = business, ["CalendarEventId"] = Id(party), ["PostedById"] = grace,
            ["PostedByFullName"] = NameOf(store, "Coworker", grace), ["Title"] = "Count me in",
            ["Text"] = "Last year's was great. Is there a vegetarian option?", ["Published"] = true, ["Rating"] = 5,
        });
    }

    private static void AddBlog(SandboxStore store, long business, DateTime today, long alan)
    {
        var news = Add(store, "BlogCategory", new JsonObject { ["BusinessId"] = business, ["Title"] = "Space news", ["BlogPosts"] = new JsonArray() });
        var stories = Add(store, "BlogCategory", new JsonObject { ["BusinessId"] = business, ["Title"] = "Member stories", ["BlogPosts"] = new JsonArray() });

        var coffee = Add(store, "BlogPost", Post(business, "New coffee machine on the second floor",
            "Better coffee, and oat milk on tap.", "The old machine has retired. The new one grinds fresh beans and has a milk fridge beside it.",
            today.AddDays(-3), Id(news), commentsCount: 1));
        var story = Add(store, "BlogPost", Post(business, "Meet our members: Ada Lovelace",
            "Ada tells us about her analytical engine start-up.", "Ada has been with us since spring; we asked her what she is building.",
            today.AddDays(-10), Id(stories), commentsCount: 0));
        Link(store, "BlogCategory", news, "BlogPosts", Id(coffee));
        Link(store, "BlogCategory", stories, "BlogPosts", Id(story));

        Add(store, "BlogPostComment", new JsonObject
        {
            ["BusinessId"] = business, ["BlogPostId"] = Id(coffee), ["PostedById"] = alan, ["PostedByFullName"] = NameOf(store, "Coworker", alan),
            ["Title"] = "Finally", ["Text"] = "The espresso is much better. Thank you!", ["Published"] = true, ["Rating"] = 5,
        });
    }

    private static void AddHelpDesk(SandboxStore store, long business, DateTime today, long staff, long alan, long grace)
    {
        var frontDesk = Add(store, "HelpDeskDepartment", Department(business, "Front desk", "Visitors, post and deliveries, keys and cards.", staff));
        var billing = Add(store, "HelpDeskDepartment", Department(business, "Billing", "Invoices, payments and plan changes.", staff));
        var facilities = Add(store, "HelpDeskDepartment", Department(business, "Building & facilities", "Anything broken, too hot or too cold.", staff));
        _ = frontDesk;

        var printer = Add(store, "HelpDeskMessage", Ticket(store, business, grace, facilities, "Printer on the second floor is jammed",
            "The printer by the kitchen shows a paper jam and nothing prints.", priority: 3, closed: false, staff));
        var invoice = Add(store, "HelpDeskMessage", Ticket(store, business, alan, billing, "Invoice shows the wrong VAT number",
            "My last invoice has our old VAT number on it. Could you reissue it?", priority: 2, closed: true, staff));
        invoice["ClosedOn"] = Date(today.AddDays(-1));
        Replace(store, "HelpDeskMessage", invoice);

        Add(store, "HelpDeskComment", Comment(store, Id(printer), grace, "Thanks for telling us: someone is on the way with a new toner.", isInternal: false));
        Add(store, "HelpDeskComment", Comment(store, Id(printer), grace, "Toner ordered; the spare is in the store room.", isInternal: true));
    }

    private static JsonObject Event(long business, string name, DateTime start, DateTime end, int allocation, long category, DateTime today) => new()
    {
        ["BusinessId"] = business, ["Name"] = name, ["StartDate"] = Date(start), ["EndDate"] = Date(end), ["Allocation"] = allocation,
        ["EventCategories"] = new JsonArray(category), ["PublishDate"] = Date(today.AddDays(-1)), ["AllowComments"] = true,
        ["ShowInHomePage"] = true, ["ShowInHomeBanner"] = false, ["OnlyForContacts"] = false, ["OnlyForMembers"] = false,
        ["RepeatEvent"] = false, ["IncludeZoomInvite"] = false,
    };

    private static JsonObject Ticket(long calendarEvent, string name, int order, decimal price, int allocation, DateTime onSale, DateTime offSale) => new()
    {
        ["CalendarEventId"] = calendarEvent, ["Name"] = name, ["DisplayOrder"] = order, ["Price"] = price,
        ["CurrencyId"] = EuroCurrencyId, ["CurrencyCode"] = "EUR", ["Allocation"] = allocation, ["Sales"] = 0, ["Visible"] = true,
        ["StartDate"] = Date(onSale), ["EndDate"] = Date(offSale), ["Tariffs"] = new JsonArray(), ["OnlyForContacts"] = false, ["OnlyForMembers"] = false,
    };

    /// <summary>The sandbox has no currencies table: tickets are priced in this one (what Nexudus calls EUR here).</summary>
    private const long EuroCurrencyId = 1;

    private static JsonObject Attendee(SandboxStore store, long business, long calendarEvent, long ticket, long? coworker, string fullName = null, string email = null)
    {
        var person = coworker is { } c ? store.Get(Entity("Coworker"), (int)c) : null;
        return new JsonObject
        {
            ["BusinessId"] = business, ["CalendarEventId"] = calendarEvent, ["EventProductId"] = ticket, ["CoworkerId"] = coworker,
            ["CoworkerFullName"] = person?["FullName"]?.GetValue<string>(),
            ["FullName"] = fullName ?? person?["FullName"]?.GetValue<string>(), ["Email"] = email ?? person?["Email"]?.GetValue<string>(),
            ["CheckedIn"] = false, ["Invoiced"] = false, ["Billed"] = false, ["Reminded"] = false, ["IsSent"] = true,
        };
    }

    private static JsonObject Post(long business, string title, string summary, string body, DateTime published, long category, int commentsCount) => new()
    {
        ["BusinessId"] = business, ["Title"] = title, ["SummaryText"] = summary, ["FullText"] = body, ["PublishDate"] = Date(published),
        ["AllowComments"] = true, ["BlogCategories"] = new JsonArray(category), ["CommentsCount"] = commentsCount,
        ["ShowInHomePage"] = true, ["ShowInHomeBanner"] = false, ["OnlyForContacts"] = false, ["OnlyForMembers"] = false,
    };

    private static JsonObject Department(long business, string name, string description, long manager) => new()
    {
        ["BusinessId"] = business, ["Name"] = name, ["Description"] = description, ["Active"] = true, ["Managers"] = new JsonArray(manager),
    };

    private static JsonObject Ticket(SandboxStore store, long business, long coworker, JsonObject department, string subject, string text, int priority, bool closed, long owner) => new()
    {
        ["BusinessId"] = business, ["CoworkerId"] = coworker, ["CoworkerFullName"] = NameOf(store, "Coworker", coworker),
        ["HelpDeskDepartmentId"] = Id(department), ["HelpDeskDepartmentName"] = department["Name"]?.GetValue<string>(),
        ["Subject"] = subject, ["MessageText"] = text, ["Priority"] = priority, ["AiProcessingResult"] = 1, ["Closed"] = closed, ["OwnerId"] = owner,
    };

    private static JsonObject Comment(SandboxStore store, long message, long coworker, string text, bool isInternal) => new()
    {
        ["HelpDeskMessageId"] = message, ["CoworkerId"] = coworker, ["CoworkerFullName"] = NameOf(store, "Coworker", coworker),
        ["MessageText"] = text, ["Internal"] = isInternal,
    };

    private static JsonObject Perk(long business, string title, string group, int order, string summary) => new()
    {
        ["BusinessId"] = business, ["Title"] = title, ["GroupName"] = group, ["DisplayOrder"] = order, ["SummaryText"] = summary,
        ["Active"] = true, ["ShowInHomePage"] = false, ["ClickCount"] = 0, ["OnlyForContacts"] = false, ["OnlyForMembers"] = false,
        ["Tariffs"] = new JsonArray(),
    };

    private static SandboxEntity Entity(string name) =>
        SandboxEntities.Find(name) ?? throw new InvalidOperationException($"The sandbox does not serve {name}.");

    private static JsonObject Add(SandboxStore store, string entity, JsonObject record) => store.Add(Entity(entity), record);

    private static void Replace(SandboxStore store, string entity, JsonObject record) =>
        store.Update(Entity(entity), (int)Id(record), stored =>
        {
            foreach (var (name, value) in record) stored[name] = value?.DeepClone();
        });

    private static void Link(SandboxStore store, string entity, JsonObject record, string list, long id) =>
        store.Update(Entity(entity), (int)Id(record), stored => (stored[list] as JsonArray ?? (JsonArray)(stored[list] = new JsonArray())!).Add(id));

    /// <summary>The record of that name, or the first of its kind when none has it (a fixture may rename them).</summary>
    private static JsonObject FindByName(SandboxStore store, string entity, string field, string name)
    {
        var records = store.Records(Entity(entity));
        return records.FirstOrDefault(r => string.Equals(r[field]?.GetValue<string>(), name, StringComparison.Ordinal)) ?? records[0];
    }

    private static string NameOf(SandboxStore store, string entity, long id) => store.NameOf(Entity(entity), (int)id);

    private static long Id(JsonObject record) => long.Parse(record["Id"]!.ToJsonString(), CultureInfo.InvariantCulture);

    private static string Date(DateTime value) => SandboxJson.FormatDate(value);
}
