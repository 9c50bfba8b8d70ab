<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AccessDecision</name>
    <message numerus="yes">
        <source>Denied: %2 is not covered by any of the key&apos;s %n whitelist entries (the server answers %1).</source>
        <translation>
            <numerusform>Denied: %2 is not covered by the key&apos;s whitelist entry (the server answers %1).</numerusform>
            <numerusform>Denied: %2 is not covered by any of the key&apos;s %n whitelist entries (the server answers %1).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Denied: %2 is not covered by any of the service account&apos;s %n access-list entries (the server answers %1 when a token is used from there).</source>
        <translation>
            <numerusform>Denied: %2 is not covered by the service account&apos;s %n access-list entry (the server answers %1 when a token is used from there).</numerusform>
            <numerusform>Denied: %2 is not covered by any of the service account&apos;s %n access-list entries (the server answers %1 when a token is used from there).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AddressCheck</name>
    <message numerus="yes">
        <source>Denied: none of the global access list&apos;s %n entry(ies) covers %1.</source>
        <translation>
            <numerusform>Denied: the global access list&apos;s one entry does not cover %1.</numerusform>
            <numerusform>Denied: none of the global access list&apos;s %n entries covers %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AddressCheckPage</name>
    <message numerus="yes">
        <source>%1 of %n key(s) may call from %2 (as cached %3).</source>
        <translation>
            <numerusform>%1 of %n key may call from %2 (as cached %3).</numerusform>
            <numerusform>%1 of %n keys may call from %2 (as cached %3).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n service account(s) may use their tokens from there.</source>
        <translation>
            <numerusform>%1 of %n service account may use its tokens from there.</numerusform>
            <numerusform>%1 of %n service accounts may use their tokens from there.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ApiError</name>
    <message numerus="yes">
        <source>The server is limiting how often it may be called.%1 The console waits %n second(s) before trying again.</source>
        <translation>
            <numerusform>The server is limiting how often it may be called.%1 The console waits %n second before trying again.</numerusform>
            <numerusform>The server is limiting how often it may be called.%1 The console waits %n seconds before trying again.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ApiKeysPage</name>
    <message numerus="yes">
        <source>Added %n whitelist entry(ies).</source>
        <translation>
            <numerusform>Added %n whitelist entry.</numerusform>
            <numerusform>Added %n whitelist entries.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Whitelist (%n)</source>
        <translation>
            <numerusform>Whitelist (%n)</numerusform>
            <numerusform>Whitelist (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Projects (%n)</source>
        <translation>
            <numerusform>Projects (%n)</numerusform>
            <numerusform>Projects (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove these %n entries from the whitelist of %1?</source>
        <translation>
            <numerusform>Remove this entry from the whitelist of %1?</numerusform>
            <numerusform>Remove these %n entries from the whitelist of %1?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %n entry(ies)</source>
        <translation>
            <numerusform>Remove %n entry</numerusform>
            <numerusform>Remove %n entries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copied %n addresses to the clipboard, one per line.</source>
        <translation>
            <numerusform>Copied %n address to the clipboard.</numerusform>
            <numerusform>Copied %n addresses to the clipboard, one per line.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConnectionTestResult</name>
    <message numerus="yes">
        <source>Connected to %1; the key sees %n organization(s).</source>
        <translation>
            <numerusform>Connected to %1; the key sees %n organization.</numerusform>
            <numerusform>Connected to %1; the key sees %n organizations.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Connected to %1 with a token of the service account; it sees %n organization(s).</source>
        <translation>
            <numerusform>Connected to %1 with a token of the service account; it sees %n organization.</numerusform>
            <numerusform>Connected to %1 with a token of the service account; it sees %n organizations.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EntriesEditor</name>
    <message numerus="yes">
        <source>%n entry(ies) to add</source>
        <translation>
            <numerusform>%n entry to add</numerusform>
            <numerusform>%n entries to add</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to fix</source>
        <translation>
            <numerusform>%n to fix</numerusform>
            <numerusform>%n to fix</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped</source>
        <translation>
            <numerusform>%n skipped</numerusform>
            <numerusform>%n skipped</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Finding</name>
    <message numerus="yes">
        <source>%1 has never been used from any of its %n whitelist entries.</source>
        <translation>
            <numerusform>%1 has never been used from its whitelist entry (%n).</numerusform>
            <numerusform>%1 has never been used from any of its %n whitelist entries.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The secret %1 of %2 expires on %3, in %n day(s): add a new secret and move its clients over.</source>
        <translation>
            <numerusform>The secret %1 of %2 expires on %3, in %n day: add a new secret and move its clients over.</numerusform>
            <numerusform>The secret %1 of %2 expires on %3, in %n days: add a new secret and move its clients over.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The global access list is empty while %n global key(s) exist: either no address may use them or any may (Ops Manager&apos;s documentation does not say which).</source>
        <translation>
            <numerusform>The global access list is empty while one global key exists: either no address may use it or any may (Ops Manager&apos;s documentation does not say which).</numerusform>
            <numerusform>The global access list is empty while %n global keys exist: either no address may use them or any may (Ops Manager&apos;s documentation does not say which).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The rotation of %1 (%2) started %n day(s) ago and is not finished: %3.</source>
        <translation>
            <numerusform>The rotation of %1 (%2) started %n day ago and is not finished: %3.</numerusform>
            <numerusform>The rotation of %1 (%2) started %n days ago and is not finished: %3.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 was created %2, %n day(s) ago: due for rotation (every %3 days). Rotate… makes a new key with the same roles, projects and entries.</source>
        <translation>
            <numerusform>%1 was created %2, %n day ago: due for rotation (every %3 days). Rotate… makes a new key with the same roles, projects and entries.</numerusform>
            <numerusform>%1 was created %2, %n days ago: due for rotation (every %3 days). Rotate… makes a new key with the same roles, projects and entries.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryPage</name>
    <message numerus="yes">
        <source>%n request(s) counted</source>
        <translation>
            <numerusform>%n request counted</numerusform>
            <numerusform>%n requests counted</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entry(ies) used for the first time</source>
        <translation>
            <numerusform>%n entry used for the first time</numerusform>
            <numerusform>%n entries used for the first time</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n key(s) created</source>
        <translation>
            <numerusform>%n key created</numerusform>
            <numerusform>%n keys created</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n key(s) deleted</source>
        <translation>
            <numerusform>%n key deleted</numerusform>
            <numerusform>%n keys deleted</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entry(ies) added</source>
        <translation>
            <numerusform>%n entry added</numerusform>
            <numerusform>%n entries added</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entry(ies) removed</source>
        <translation>
            <numerusform>%n entry removed</numerusform>
            <numerusform>%n entries removed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n other change(s)</source>
        <translation>
            <numerusform>%n other change</numerusform>
            <numerusform>%n other changes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InstancePage</name>
    <message numerus="yes">
        <source>%n entry(ies).</source>
        <translation>
            <numerusform>%n entry.</numerusform>
            <numerusform>%n entries.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>KeyRotation</name>
    <message numerus="yes">
        <source>adding %n access-list entry(s)</source>
        <translation>
            <numerusform>adding %n access-list entry</numerusform>
            <numerusform>adding %n access-list entries</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LockoutDialog</name>
    <message numerus="yes">
        <source>%n key(s) have no whitelist and will lose all API access:</source>
        <translation>
            <numerusform>%n key has no whitelist and will lose all API access:</numerusform>
            <numerusform>%n keys have no whitelist and will lose all API access:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n key(s) have entries none of which was ever used; they may be calling from elsewhere:</source>
        <translation>
            <numerusform>%n key has entries none of which was ever used; it may be calling from elsewhere:</numerusform>
            <numerusform>%n keys have entries none of which was ever used; they may be calling from elsewhere:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n key(s) have a whitelist this console may not read, so they could not be checked:</source>
        <translation>
            <numerusform>%n key has a whitelist this console may not read, so it could not be checked:</numerusform>
            <numerusform>%n keys have a whitelist this console may not read, so they could not be checked:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n service account(s) have no access list: their tokens will stop working:</source>
        <translation>
            <numerusform>%n service account has no access list: its tokens will stop working:</numerusform>
            <numerusform>%n service accounts have no access list: their tokens will stop working:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n service account(s) have access-list entries none of which was ever used; they may be calling from elsewhere:</source>
        <translation>
            <numerusform>%n service account has access-list entries none of which was ever used; it may be calling from elsewhere:</numerusform>
            <numerusform>%n service accounts have access-list entries none of which was ever used; they may be calling from elsewhere:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n service account(s) have an access list this console may not read, so they could not be checked:</source>
        <translation>
            <numerusform>%n service account has an access list this console may not read, so it could not be checked:</numerusform>
            <numerusform>%n service accounts have an access list this console may not read, so they could not be checked:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OrgSettingsPage</name>
    <message numerus="yes">
        <source>Longest life of a new service-account secret: %n hour(s)</source>
        <translation>
            <numerusform>Longest life of a new service-account secret: %n hour</numerusform>
            <numerusform>Longest life of a new service-account secret: %n hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> (%n day(s))</source>
        <translation>
            <numerusform> (%n day)</numerusform>
            <numerusform> (%n days)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProjectKeyDialog</name>
    <message numerus="yes">
        <source>%n keys match; type more of the description, or the public key.</source>
        <translation>
            <numerusform>%n key matches; type more of the description, or the public key.</numerusform>
            <numerusform>%n keys match; type more of the description, or the public key.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportPage</name>
    <message numerus="yes">
        <source>%n finding(s), %1 of them high. Double-click one, or press Enter on it, to open its key.</source>
        <translation>
            <numerusform>%n finding, %1 of them high. Double-click it, or press Enter on it, to open its key.</numerusform>
            <numerusform>%n findings, %1 of them high. Double-click one, or press Enter on it, to open its key.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Repository</name>
    <message numerus="yes">
        <source>Waiting: %n change(s).</source>
        <translation>
            <numerusform>Waiting: %n change.</numerusform>
            <numerusform>Waiting: %n changes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The team store refused %n change(s) kept during its outage (%1). They are not written; they stay in %2 for review.</source>
        <translation>
            <numerusform>The team store refused %n change kept during its outage (%1). It is not written; it stays in %2 for review.</numerusform>
            <numerusform>The team store refused %n changes kept during its outage (%1). They are not written; they stay in %2 for review.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RequestScheduler</name>
    <message numerus="yes">
        <source>no complete answer within %n second(s)</source>
        <translation>
            <numerusform>no complete answer within %n second</numerusform>
            <numerusform>no complete answer within %n seconds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>no complete answer within %n second(s), retries included</source>
        <translation>
            <numerusform>no complete answer within %n second, retries included</numerusform>
            <numerusform>no complete answer within %n seconds, retries included</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>nothing received for %n second(s)</source>
        <translation>
            <numerusform>nothing received for %n second</numerusform>
            <numerusform>nothing received for %n seconds</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RotateKeyDialog</name>
    <message numerus="yes">
        <source>Projects (%n)</source>
        <translation>
            <numerusform>Projects (%n)</numerusform>
            <numerusform>Projects (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Access list (%n)</source>
        <translation>
            <numerusform>Access list (%n)</numerusform>
            <numerusform>Access list (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n project(s)</source>
        <translation>
            <numerusform>%n project</numerusform>
            <numerusform>%n projects</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n access-list entry(s)</source>
        <translation>
            <numerusform>%n access-list entry</numerusform>
            <numerusform>%n access-list entries</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Screenshots</name>
    <message numerus="yes">
        <source>Wrote %n screenshot(s) to %1.</source>
        <translation>
            <numerusform>Wrote %n screenshot to %1.</numerusform>
            <numerusform>Wrote %n screenshots to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ServiceAccountsModel</name>
    <message numerus="yes">
        <source>%n live, next expires %1</source>
        <translation>
            <numerusform>%n live, next expires %1</numerusform>
            <numerusform>%n live, next expires %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ServiceAccountsPage</name>
    <message numerus="yes">
        <source>Added %n entry(ies) to the access list of %1.</source>
        <translation>
            <numerusform>Added %n entry to the access list of %1.</numerusform>
            <numerusform>Added %n entries to the access list of %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncEngine</name>
    <message numerus="yes">
        <source>%n read(s) still failed after %1 passes; nothing was saved.</source>
        <translation>
            <numerusform>%n read still failed after %1 passes; nothing was saved.</numerusform>
            <numerusform>%n reads still failed after %1 passes; nothing was saved.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UserWhitelistDialog</name>
    <message numerus="yes">
        <source>%n entry(ies).</source>
        <translation>
            <numerusform>%n entry.</numerusform>
            <numerusform>%n entries.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Added. %n entry(ies) now.</source>
        <translation>
            <numerusform>Added. %n entry now.</numerusform>
            <numerusform>Added. %n entries now.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message numerus="yes">
        <source>    %n request(s) counted</source>
        <translation>
            <numerusform>    %n request counted</numerusform>
            <numerusform>    %n requests counted</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No such snapshot of %1 (%n snapshot(s) kept: apiaccess snapshots --org %1 lists them).</source>
        <translation>
            <numerusform>No such snapshot of %1 (%n snapshot kept: apiaccess snapshots --org %1 lists it).</numerusform>
            <numerusform>No such snapshot of %1 (%n snapshots kept: apiaccess snapshots --org %1 lists them).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n snapshot(s)</source>
        <translation>
            <numerusform>%n snapshot</numerusform>
            <numerusform>%n snapshots</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n key(s) added</source>
        <translation>
            <numerusform>%n key added</numerusform>
            <numerusform>%n keys added</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n key(s) removed</source>
        <translation>
            <numerusform>%n key removed</numerusform>
            <numerusform>%n keys removed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n key(s) changed</source>
        <translation>
            <numerusform>%n key changed</numerusform>
            <numerusform>%n keys changed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n service account(s) added, removed or changed</source>
        <translation>
            <numerusform>%n service account added, removed or changed</numerusform>
            <numerusform>%n service accounts added, removed or changed</numerusform>
        </translation>
    </message>
</context>
</TS>
