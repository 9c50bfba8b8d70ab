<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>AccessDecision</name>
    <message>
        <source>Allowed: %1 is covered by the whitelist entry %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Denied (%1): %2 is not covered by any of the key&apos;s %n whitelist entries.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Allowed: the key has no whitelist and the organization does not require one, so any address may call it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Denied (%1): the organization requires a whitelist and this key has none, so it cannot call the API from any address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Denied (%1): this endpoint requires the key to have a whitelist, and it has none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown: the key has no whitelist, so any address is allowed unless the organization requires a whitelist (then %1). The organization setting could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccessListModel</name>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address or CIDR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last used from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AddEntriesDialog</name>
    <message>
        <source>Add whitelist entries to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AddressCheck</name>
    <message>
        <source>Unknown: the key&apos;s whitelist could not be read (%1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AddressCheckPage</name>
    <message>
        <source>The address the server sees me from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An IPv4 or IPv6 address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address to check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which keys may call from the address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server has not reported which address it sees this console calling from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type an address to see, for every key, whether it may call from there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type one address, not a block.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing cached for this organization yet: sync it (F5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>denied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n key(s) may call from %2 (as cached %3).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ApiClient</name>
    <message>
        <source>The root document has no appName: this is not an Ops Manager or Cloud Manager API.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ApiError</name>
    <message>
        <source>Server unreachable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate not trusted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answer in time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API key not accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address not on the whitelist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The organization requires a whitelist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This operation requires a whitelist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not allowed for this key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused by the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> The server said: “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not reach the server (%1). Check the server address, your network and the proxy settings of the connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not trusted (%1). Its SHA-256 fingerprint is %2. If you recognise it, add your organization&apos;s CA bundle to the connection, or trust this certificate for this connection only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not answer in time. It may be overloaded or a proxy may be holding the request; try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not accept API key %1: the public key or the private key is wrong, or the key was deleted. Check both in the connection profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server sees this computer calling from %1, and that address is not on the whitelist of API key %2. Add %1 (or a block that covers it) to that key&apos;s whitelist, or connect from an address that is on it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The organization requires every API key to have a whitelist, and API key %2 has none, so it cannot be used from anywhere. Add %1 to its whitelist (with an Organization Owner key or in the web console).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This operation is only allowed for API keys with a whitelist, and API key %2 has none. Add %1 to its whitelist, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API key %1 is not allowed to do this.%2 Use a key with the needed role (for most changes: Organization Owner).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It no longer exists on the server.%1 Refresh to see the current state.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was changed because it is already there.%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused the request.%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The server is limiting how often it may be called.%1 The console waits %n second(s) before trying again.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The server had a problem (HTTP %1).%2 Try again later; if it persists, the server&apos;s logs say more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server answered with something that is not the API&apos;s JSON (HTTP %1). A proxy or a wrong server address may be in the way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ApiKey</name>
    <message>
        <source>Enter a description: it is how people recognise the key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The description has %1 characters; the server accepts at most 250.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ApiKeysModel</name>
    <message>
        <source>Owner: %1
Ticket: %2
%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not readable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organization roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whitelist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ApiKeysPage</name>
    <message>
        <source>Filter by description, public key, key ID or address (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter API keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show keys with role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whitelist of the selected key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Projects the selected key is assigned to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add whitelist entries…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove entry…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy key &amp;ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy &amp;public key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy a&amp;ddress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Invite key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change project &amp;roles…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unassign from project…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No key selected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing cached for this organization yet: sync it (F5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Public key &lt;code&gt;%2&lt;/code&gt; · Key ID &lt;code&gt;%3&lt;/code&gt; · Private key %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whitelist not readable: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This key has no whitelist: it may call from any address unless the organization requires a whitelist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline: changes need the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an Organization Owner key can change API keys.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the project roles of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unassign from project?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove %1 from %2? The key stays in the organization with its other roles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unassign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unassigned %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not unassigned. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete API key?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the API key %1? Everything that uses it stops working at once; this cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not deleted. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Added %n whitelist entry(ies).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Remove %1 from the whitelist of %2?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This console calls from %1 with this key: the server refuses to remove the entry the caller uses, and without it the console would be locked out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, the address this console calls from, is covered by this entry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove whitelist entry?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not removed. %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CacheDatabase</name>
    <message>
        <source>Cannot create the cache file %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the cache %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cache %1 is damaged and could not be moved aside.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The offline cache was damaged. It was set aside as %1 and a new, empty cache was created; the next sync fills it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the cache&apos;s schema version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cache was written by a newer version of the console (schema %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updating the cache to schema %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectionProfile</name>
    <message>
        <source>Give the connection a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name cannot contain “/” or “\”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the API key&apos;s public key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” does not look like a public key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds no PEM certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the proxy&apos;s host and port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the private key (it was shown once, when the key was created).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This does not look like a private key: it has no spaces and is about 36 characters long.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectionSettings</name>
    <message>
        <source>Enter the server address, as you type it in a browser.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a server address; type it as in a browser, e.g. https://opsmanager.example.com:8443.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use an http:// or https:// address, not %1://.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the user name and password from the address; the API key goes in its own fields.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This connection uses http:// to %1: requests, answers and the key&apos;s digest travel unencrypted. Use https:// unless the network path is trusted.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectionTestResult</name>
    <message>
        <source>Something answered, but it is not the Ops Manager or Cloud Manager Public API (HTTP %1). Check the server address: it is the one you open in a browser.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Connected to %1; the key sees %n organization(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConsoleSession</name>
    <message>
        <source>Demo server (offline)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local demo server could not start: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo server at %1 (local, made-up data)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no saved connection named “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The private key of “%1” is not in the system keyring.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private key for “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
Type the private key of %2 to connect, or cancel to review the cached data offline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No private key: “%1” is shown from the cache only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2 (offline)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the connection “%1”? Its private key is removed from the system keyring. The data cached for offline review stays on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContextModel</name>
    <message>
        <source>Organization %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContextPicker</name>
    <message>
        <source>Find an organization or project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organizations and projects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick the organization or project to work on</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CreateKeyDialog</name>
    <message>
        <source>Create key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I have copied the private key and stored it safely</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create API key for this project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the key is for, e.g. “CI deploys for billing-prod”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organization roles:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project roles:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Copy the private key now.&lt;/b&gt; The server shows it this once; it cannot be shown again. Whoever has it can call the API with this key&apos;s roles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whitelist entries to add now (optional):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of 250 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at least one role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the private key and tick the box first: it cannot be shown again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EditKeyDialog</name>
    <message>
        <source>Edit API key %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organization roles (the list replaces the key&apos;s roles as a whole):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No role will be removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These roles will be removed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at least one role.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EntriesEditor</name>
    <message>
        <source>One address or CIDR block per line, e.g.
192.0.2.15
198.51.100.0/24
2001:db8::/48</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whitelist entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validation of the entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the address the server sees me from (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n entry(ies) to add</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to fix</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EntryBatch</name>
    <message>
        <source>%1 is listed twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already on the whitelist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 allows every address of its family.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a very broad block (%2 addresses).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already covered by %1 on the whitelist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already covered by %1 above.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Exporter</name>
    <message>
        <source>not readable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API access report: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organization `%1`, snapshot %2 taken %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Require IP Whitelist for Public API: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API keys: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whitelist entries: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whitelist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whitelist entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address or CIDR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last used from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organization %1, snapshot %2 taken %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FallbackSecretStore</name>
    <message>
        <source>The system keyring is not available (%1): the private key is kept for this session only and you will be asked for it next time.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Finding</name>
    <message>
        <source>%1 is an Organization Owner: it can change every key and the organization&apos;s settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is only an Organization Member and is assigned to no project: it can do very little.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The whitelist of %1 could not be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no whitelist; the organization requires one, so the key cannot be used at all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no whitelist: it can call the API from any address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 has never been used from any of its %n whitelist entries.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 was last used %2 days ago (more than %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on %2 has never been used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on %2 is a very broad block.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is listed twice on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on %2 is already covered by %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryPage</name>
    <message>
        <source>Older snapshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Newer snapshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change made here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two syncs are needed to compare.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The whitelist requirement changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project %1 added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project %1 removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>description: %1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>role %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>assigned to project %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unassigned from project %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) counted</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entry(ies) used for the first time</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IpBlock</name>
    <message>
        <source>“%1” is a hexadecimal number; write each part of an IPv4 address as a decimal number from 0 to 255.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not allowed in an IPv4 address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is a single number, not an address; write four parts such as 192.0.2.1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An IPv4 address has an empty part between dots.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An IPv4 address has four parts separated by dots; this one has %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” has a leading zero, which some tools read as octal; write %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is larger than 255, the largest value of each part of an IPv4 address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not allowed in an IPv6 address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a valid IPv6 address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter an IP address or a CIDR block.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the space inside the address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not one of the digits 0–9; type the address with plain digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not allowed in an IP address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use at most one “/” (address/prefix length).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address before “/” is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the “%1” sign before the address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zone IDs such as “%1” are not allowed; remove the part from “%”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The prefix length after “/” is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the “%1” sign from the prefix length.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The prefix length after “/” must be a whole number from 0 to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the prefix length without a leading zero (/%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>/%1 is too long for IPv4: the prefix length is 0 to 32.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>/%1 is too long for IPv6: the prefix length is 0 to 128.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1/%2 has host bits set; the block starts at %3. Did you mean %3?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JsonReader</name>
    <message>
        <source>%1: a role has exactly one of orgId and groupId</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: expected an object, found %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>null</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a boolean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: required field is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: expected %2, found %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: “%2” is not an ISO-8601 date</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KeychainSecretStore</name>
    <message>
        <source>the system keyring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keyring is not available (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keyring refused: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LockoutCheck</name>
    <message>
        <source>The key this console uses has an entry covering %1, the address the server last saw it call from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key this console uses has no entry covering %1, the address the server last saw it call from: after the change this console would be refused. Add %1 to its whitelist first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key this console uses has no whitelist: after the change this console could not call the API any more, not even to undo it. Add your address to its whitelist first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server has not yet said which address it sees this console calling from, so it is not known whether the console&apos;s key stays usable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key this console uses is not one of this organization&apos;s API keys; check its whitelist separately.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LockoutDialog</name>
    <message>
        <source>Require a whitelist for %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Once this is on, every API key of %1 needs at least one whitelist entry, and every call must come from a listed address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: this console would lock itself out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This console:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n key(s) have no whitelist and will lose all API access:</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n key(s) have entries none of which was ever used; they may be calling from elsewhere:</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n key(s) have a whitelist this console may not read, so they could not be checked:</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Every key has a whitelist that has been used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock-out check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I have read this and want to require a whitelist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Require whitelist</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>API Access Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API key in use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server this window talks to: the built-in demo or a saved connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New connection…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit this connection…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove this connection…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API &amp;Keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Address check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My &amp;whitelist (personal API key)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF report (*.pdf);;HTML report (*.html);;Markdown report (*.md);;JSON (*.json);;CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API Access Console — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language changes at the next start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last synced: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working offline — showing the data as last synced (%1). Nothing is sent to the server and changes are disabled; switch to the connection again to go online.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline — showing the data as last synced (%1). Changes are disabled until the server answers again; the console keeps trying.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing cached for this organization yet: sync it (F5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a file ending in .pdf, .html, .md, .json or .csv.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MemorySecretStore</name>
    <message>
        <source>this session only (the key is forgotten when the console closes)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrgSettings</name>
    <message>
        <source>The setting has not been read from the server yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This server does not expose the setting through its API; see the organization&apos;s settings page in the web console.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API key in use may not read the organization&apos;s settings.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrgSettingsPage</name>
    <message>
        <source>Require IP Whitelist for Public API</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open in web console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whether every API key of this organization must have a whitelist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When this is on, an API key can do nothing until it has at least one whitelist entry, and every call must come from a listed address. When it is off, a key with an empty whitelist may call every endpoint except those that explicitly require a whitelist; a key with entries may still only call from them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On: every API key of this organization needs a whitelist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off: keys without a whitelist may call from any address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The setting can only be changed in the web console.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline: the setting can be changed when the server is reachable again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking which key this console uses…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an Organization Owner key can change this setting; the key in use is not one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop requiring a whitelist?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API keys of %1 with an empty whitelist will be able to call the API from any address again. Keys that have entries still only work from them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop requiring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not changed. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done: the server now requires a whitelist for every API key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done: the server no longer requires a whitelist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server accepted the change but still reports the old value.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <source>&amp;Test connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;rust this certificate for this profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://opsmanager.example.com:8443</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for example abcdefgh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unchanged (kept in the system keyring)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shown once when the key was created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extra CA certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional: a PEM file for a private certificate authority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proxy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No proxy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proxy host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>proxy.example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proxy port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Public key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pri&amp;vate key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;CA certificates:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pro&amp;xy:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server is the address you open in a browser. The private key goes to the system keyring, never to a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name files this connection&apos;s cache; create a new connection to use another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trusted certificate for this profile (SHA-256): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix the fields marked above first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Testing the connection to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The private key could not be read from the keyring (%1): type it to test.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy address %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A connection named “%1” exists already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server or public key changed: type the private key again (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The private key could not be stored: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProjectKeyDialog</name>
    <message>
        <source>Description, public key or key ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which organization key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invite an organization key to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles of %1 in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles in %1 (the list replaces the key&apos;s roles there):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the key&apos;s description, public key or key ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No organization key outside this project matches “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n keys match; type more of the description, or the public key.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — public key %2, key ID %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These roles will be removed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportPage</name>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A key unused this long is stale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stale after:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing cached for this organization yet: sync it (F5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s), %1 of them high. Activate one to go to its key.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Repository</name>
    <message>
        <source>working offline: this connection was opened from the cache only, so nothing is sent to the server; open it online to sync or change anything</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>offline: the server is not reachable, so the cached data cannot be changed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RoleCatalogue</name>
    <message>
        <source>Organization Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full control of the organization, its settings, API keys and projects.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organization Member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reads the organization and the projects it is given access to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organization Project Creator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creates projects in the organization.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organization Read Only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reads everything in the organization; changes nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organization Billing Admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manages billing (Cloud Manager only).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organization Billing Viewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reads billing information (Cloud Manager only).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full control of the project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project Read Only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reads the project; changes nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project Automation Admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manages deployments through Automation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project Backup Admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manages backups and restores.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project Monitoring Admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manages monitoring, alerts and host settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project User Admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manages the project&apos;s users and teams.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project Data Access Admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manages indexes and reads and writes data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project Data Access Read/Write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reads and writes data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project Data Access Read Only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reads data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project Charts Admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manages Charts (older servers).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project Billing Admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manages the project&apos;s billing (Cloud Manager only).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RoleList</name>
    <message>
        <source>Organization roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project roles</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Screenshots</name>
    <message>
        <source>Nightly backup export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Production Ops Manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renders every documented view on the built-in demo data, offscreen; two runs give byte-identical files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the PNG files to DIR.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language: en, de, fr, es, ja or zh_CN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>light or dark.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device pixels per pixel, 1 to 4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n screenshot(s) to %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncEngine</name>
    <message>
        <source>Reading the organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading API keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading whitelists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading project keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read through a project only.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UserWhitelistDialog</name>
    <message>
        <source>&amp;Add entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My whitelist (personal API key)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Load</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entries of my whitelist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For personal API keys: calls made with them must come from an address on this list, and changing the list needs one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n entry(ies).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 covers %2, the address you call from; the server refuses to remove the caller&apos;s own address. Remove it from another address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Added. %n entry(ies) now.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Removed %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <source>Welcome to API Access Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manage the programmatic API keys of MongoDB Ops Manager and Cloud Manager: their IP whitelists, their project assignments and the organization setting “Require IP Whitelist for Public API”. Everything you sync stays readable offline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to my Ops Manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the server address and an API key; the private key goes to the system keyring.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Explore the demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A local demo server with made-up organizations and keys: nothing leaves this computer.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>No cache holds organization %1; sync it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cache of profile %1 does not hold organization %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The organization ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only look in this profile&apos;s cache.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address to check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
Exit codes: 0 ok, 1 findings at or above --fail-on, 2 usage, 3 authentication or whitelist refusal, 4 network or TLS, 5 cache problem.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--org ID is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cached snapshot of %1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which API keys may call from ADDRESS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give exactly one address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give one address, not a block.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in %2 (cached %3):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A key unused this long is stale (90).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exit 1 when a finding is at least this severe: info, low, medium, high.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key-hygiene report of an organization.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--stale-days needs a whole number of days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--fail-on takes info, low, medium or high.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No findings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The older snapshot (default: the one before --to).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The newer snapshot (default: the latest).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What changed between two snapshots.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>No such snapshot: see the history of %1 (%n snapshot(s) kept).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Changes in %1 from snapshot %2 to %3:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  The whitelist requirement changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>    %n request(s) counted</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>  No change to keys, roles, whitelists or the setting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>csv, json, md, html or pdf.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file to write (csv: the keys; the entries go to NAME-entries.csv).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A stored snapshot instead of the latest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export an organization from the cache.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give --format csv|json|md|html|pdf and --out FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No snapshot %1 of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API access report: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown command %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync organizations into the offline cache. The private key is read from --private-key-file or APIACCESS_PRIVATE_KEY, never from the command line. Quiet unless something is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A remembered connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server as typed in a browser.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API key&apos;s public key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A file holding the private key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this organization.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every organization the key sees (default).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store the private key in the system keyring for this profile, so later runs need neither file nor variable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No profile named %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give --profile NAME, or --url BASE and --public-key KEY.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keyring holds no private key for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use --private-key-file FILE or APIACCESS_PRIVATE_KEY (and --remember-key to store it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>API Access Console: programmatic API keys, their IP whitelists and the organization setting &quot;Require IP Whitelist for Public API&quot; of MongoDB Ops Manager and Cloud Manager.

Headless commands (each has --help):
  sync (--profile NAME | --url BASE --public-key KEY) [--org ID | --all-orgs]
       the private key from --private-key-file FILE or APIACCESS_PRIVATE_KEY
  check-ip ADDRESS --org ID [--json]
  report --org ID [--json] [--stale-days N] [--fail-on SEVERITY]
  diff --org ID [--from SNAPSHOT] [--to SNAPSHOT] [--json]
  export --org ID --format csv|json|md|html|pdf --out FILE [--snapshot ID]
  screenshots --out DIR [--lang L] [--theme light|dark] [--scale N]
Exit codes: 0 ok, 1 findings at or above --fail-on, 2 usage, 3 authentication or whitelist refusal, 4 network or TLS, 5 cache problem.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start with the built-in demo server (the default while no connection profile exists).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the saved connection NAME.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language: en, de, fr, es, ja or zh_CN (default: the one chosen in View → Language, else the system&apos;s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>system, light or dark (default: View → Theme).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the cached data only: nothing is sent to any server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API Access Console</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
