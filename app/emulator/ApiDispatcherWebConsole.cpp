// SPDX-FileCopyrightText: 2026 API Access Console developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The emulator's stand-in for the web console's organization settings page: where a server documents no
// API endpoint for "Require IP Whitelist for Public API", the console opens
// {server}/v2#/org/{ORG-ID}/settings/general. The emulator serves that page with the toggle, records the
// change as the organization's event (by the organization's first user, from the browser's address), and
// so lets the demo show the whole round trip: console → browser page → event → console.
// It has no login: the emulator listens on loopback only, for tests and the demo.
#include "ApiDispatcher.h"

#include "IpBlock.h"

using namespace Qt::StringLiterals;

namespace {

// The console opens the page with a fragment, which browsers do not send: the page reads it and asks
// for the organization's form.
constexpr char RedirectPage[] = R"(<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>Organization settings</title></head><body>
<p id="status">Opening the organization's settings…</p>
<script>
var m = location.hash.match(/^#\/org\/([0-9a-fA-F]{24})\/settings/);
if (m) location.replace('/v2/orgSettings?org=' + m[1]);
else document.getElementById('status').textContent = 'No organization in the address.';
</script></body></html>
)";

ApiResponse html(int status, const QString &body)
{
    ApiResponse r;
    r.status = status;
    r.contentType = "text/html; charset=utf-8";
    r.body = body.toUtf8();
    return r;
}

} // namespace

ApiResponse ApiDispatcher::webConsole(Call &call)
{
    const QString path = call.path;
    if (path == "/v2"_L1 || path == "/v2/"_L1) {
        if (call.method != "GET")
            return html(405, u"<p>Method not allowed.</p>"_s);
        return html(200, QString::fromUtf8(RedirectPage));
    }
    if (path != "/v2/orgSettings"_L1)
        return html(404, u"<p>No such page.</p>"_s);
    const QString orgId = call.query.queryItemValue(u"org"_s);
    EmulatedOrg *org = m_data.findOrg(orgId);
    if (!org)
        return html(404, u"<p>No organization %1.</p>"_s.arg(orgId.toHtmlEscaped()));
    QString saved;
    if (call.method == "POST") {
        // application/x-www-form-urlencoded: "required=on" when the box is ticked.
        const QUrlQuery form(QString::fromUtf8(call.request->body.left(1024)));
        const bool required = form.queryItemValue(u"required"_s) == "on"_L1;
        if (required != org->apiAccessListRequired) {
            // The change is the web console user's: the organization's first user, from the browser.
            for (EmulatedUser &user : m_data.users) {
                const bool inOrg
                    = std::any_of(user.roles.begin(), user.roles.end(),
                                  [&](const RoleAssignment &r) { return r.orgId == org->org.id; });
                if (inOrg) {
                    call.caller.user = &user;
                    break;
                }
            }
            call.address = IpBlock::unmapped(call.request->peer);
            recordEvent(call,
                        eventName(required ? "ORG_PUBLIC_API_ACCESS_LIST_REQUIRED"_L1
                                           : "ORG_PUBLIC_API_ACCESS_LIST_NOT_REQUIRED"_L1),
                        org->org.id);
            org->apiAccessListRequired = required;
            m_dirty = true;
        }
        saved = u"<p id=\"saved\">Saved.</p>"_s;
    } else if (call.method != "GET") {
        return html(405, u"<p>Method not allowed.</p>"_s);
    }
    return html(
        200,
        u"<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>%1 — Settings</title></head><body>\n"
        "<h1>%1</h1>\n<h2>Settings</h2>\n%2"
        "<form method=\"post\" action=\"/v2/orgSettings?org=%3\">\n"
        "<label><input type=\"checkbox\" name=\"required\"%4> Require IP Whitelist for Public API</label>\n"
        "<button type=\"submit\">Save</button>\n</form>\n"
        "<p>Emulator stand-in for the web console: changes are recorded in the organization's events.</p>\n"
        "</body></html>\n"_s.arg(org->org.name.toHtmlEscaped(), saved, org->org.id,
                                 org->apiAccessListRequired ? u" checked"_s : QString()));
}
