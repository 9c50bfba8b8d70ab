<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AccessDecision</name>
    <message>
        <source>Allowed: %1 is covered by the whitelist entry %2.</source>
        <translation>允许：%1 在白名单条目 %2 的范围内。</translation>
    </message>
    <message>
        <source>Allowed: the key has no whitelist and the organization does not require one, so any address may call it.</source>
        <translation>允许：该密钥没有白名单，且组织不要求白名单，因此任何地址都可以使用它。</translation>
    </message>
    <message numerus="yes">
        <source>Denied: %2 is not covered by any of the key&apos;s %n whitelist entries (the server answers %1).</source>
        <translation>
            <numerusform>拒绝：%2 不在该密钥的 %n 个白名单条目中的任何一个之内（服务器返回 %1）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Denied: the organization requires a whitelist and this key has none, so it cannot call the API from any address (the server answers %1).</source>
        <translation>拒绝：组织要求白名单，而该密钥没有，因此它无法从任何地址调用 API（服务器返回 %1）。</translation>
    </message>
    <message>
        <source>Denied: this endpoint requires the key to have a whitelist, and it has none (the server answers %1).</source>
        <translation>拒绝：此端点要求密钥具有白名单，而该密钥没有（服务器返回 %1）。</translation>
    </message>
    <message>
        <source>Unknown: the key has no whitelist, so any address is allowed unless the organization requires a whitelist. The organization setting could not be read (if it is on, the server answers %1).</source>
        <translation>未知：该密钥没有白名单，因此除非组织要求白名单，任何地址都被允许。无法读取组织设置（若已开启，服务器返回 %1）。</translation>
    </message>
    <message>
        <source>Allowed: %1 is covered by the access-list entry %2.</source>
        <translation>允许：%1 包含在访问列表条目 %2 中。</translation>
    </message>
    <message numerus="yes">
        <source>Denied: %2 is not covered by any of the service account&apos;s %n access-list entries (the server answers %1 when a token is used from there).</source>
        <translation>
            <numerusform>拒绝：%2 不在服务账户的 %n 个访问列表条目中（从该处使用令牌时服务器返回 %1）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Allowed: the service account has no access list and the organization does not require one, so its tokens work from any address.</source>
        <translation>允许：该服务账户没有访问列表，组织也不要求，因此其令牌可从任何地址使用。</translation>
    </message>
    <message>
        <source>Denied: the organization requires an access list and this service account has none, so its tokens work from no address (the server answers %1).</source>
        <translation>拒绝：组织要求访问列表，而此服务账户没有，因此其令牌无法从任何地址使用（服务器返回 %1）。</translation>
    </message>
    <message>
        <source>Denied: this endpoint requires the service account to have an access list, and it has none (the server answers %1).</source>
        <translation>拒绝：此端点要求服务账户具有访问列表，而它没有（服务器返回 %1）。</translation>
    </message>
    <message>
        <source>Unknown: the service account has no access list, so any address is allowed unless the organization requires one. The organization setting could not be read (if it is on, the server answers %1).</source>
        <translation>未知：该服务账户没有访问列表，因此除非组织要求，任何地址都被允许。无法读取组织设置（若已开启，服务器返回 %1）。</translation>
    </message>
</context>
<context>
    <name>AccessListModel</name>
    <message>
        <source>never</source>
        <translation>从未</translation>
    </message>
    <message>
        <source>Address or CIDR</source>
        <translation>地址或 CIDR</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <source>Last used</source>
        <translation>上次使用</translation>
    </message>
    <message>
        <source>Last used from</source>
        <translation>上次使用来源</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>请求数</translation>
    </message>
    <message>
        <source>Local note</source>
        <translation>本地备注</translation>
    </message>
</context>
<context>
    <name>AddEntriesDialog</name>
    <message>
        <source>Add whitelist entries to %1</source>
        <translation>向 %1 的白名单添加条目</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>错误</translation>
    </message>
</context>
<context>
    <name>AddressCheck</name>
    <message>
        <source>Unknown: the key&apos;s whitelist could not be read (%1).</source>
        <translation>未知：无法读取该密钥的白名单（%1）。</translation>
    </message>
    <message>
        <source>Unknown: the service account&apos;s access list could not be read (%1).</source>
        <translation>未知：无法读取服务账户的访问列表（%1）。</translation>
    </message>
    <message>
        <source>Unknown: the global access list could not be read (%1).</source>
        <translation>未知：无法读取全局访问列表（%1）。</translation>
    </message>
    <message>
        <source>Allowed: the global access list entry %1 (%2) covers %3.</source>
        <translation>允许：全局访问列表条目 %1（%2）覆盖 %3。</translation>
    </message>
    <message>
        <source>Denied: the global access list is empty (Ops Manager&apos;s documentation does not say whether an empty list admits none or any; this console assumes none).</source>
        <translation>拒绝：全局访问列表为空（Ops Manager 文档未说明空列表是不允许任何地址还是允许所有地址；本控制台假定不允许任何地址）。</translation>
    </message>
    <message numerus="yes">
        <source>Denied: none of the global access list&apos;s %n entry(ies) covers %1.</source>
        <translation>
            <numerusform>拒绝：全局访问列表的 %n 个条目都不覆盖 %1。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AddressCheckPage</name>
    <message>
        <source>The address the server sees me from</source>
        <translation>服务器看到的本机地址</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>结论</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>条目</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>An IPv4 or IPv6 address</source>
        <translation>IPv4 或 IPv6 地址</translation>
    </message>
    <message>
        <source>Address to check</source>
        <translation>要检查的地址</translation>
    </message>
    <message>
        <source>Which keys may call from the address</source>
        <translation>哪些密钥可以从该地址调用</translation>
    </message>
    <message>
        <source>The server has not reported which address it sees this console calling from.</source>
        <translation>服务器尚未报告它看到本控制台从哪个地址调用。</translation>
    </message>
    <message>
        <source>Type an address to see, for every key, whether it may call from there.</source>
        <translation>输入一个地址，查看每个密钥能否从该地址调用。</translation>
    </message>
    <message>
        <source>Type one address, not a block.</source>
        <translation>请输入单个地址，而不是地址块。</translation>
    </message>
    <message>
        <source>Nothing cached for this organization yet: sync it (F5).</source>
        <translation>此组织尚无缓存：请同步（F5）。</translation>
    </message>
    <message>
        <source>allowed</source>
        <translation>允许</translation>
    </message>
    <message>
        <source>denied</source>
        <translation>拒绝</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n key(s) may call from %2 (as cached %3).</source>
        <translation>
            <numerusform>%n 个密钥中有 %1 个可以从 %2 调用（缓存于 %3）。</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Open key</source>
        <translation>打开密钥(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Add this address to its whitelist…</source>
        <translation>将此地址添加到其白名单(&amp;A)…</translation>
    </message>
    <message>
        <source>Add %1 to its whitelist…</source>
        <translation>将 %1 添加到其白名单…</translation>
    </message>
    <message>
        <source>Add this address to its whitelist…</source>
        <translation>将此地址添加到其白名单…</translation>
    </message>
    <message>
        <source>Key or service account</source>
        <translation>密钥或服务账户</translation>
    </message>
    <message>
        <source>Public key or client ID</source>
        <translation>公钥或客户端 ID</translation>
    </message>
    <message>
        <source>%1 (service account)</source>
        <translation>%1（服务账户）</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n service account(s) may use their tokens from there.</source>
        <translation>
            <numerusform>%n 个服务账户中有 %1 个可从该处使用其令牌。</numerusform>
        </translation>
    </message>
    <message>
        <source>Add %1 to its access list…</source>
        <translation>将 %1 添加到其访问列表…</translation>
    </message>
</context>
<context>
    <name>ApiClient</name>
    <message>
        <source>The root document has no appName: this is not an Ops Manager or Cloud Manager API.</source>
        <translation>根文档中没有 appName：这不是 Ops Manager 或 Cloud Manager 的 API。</translation>
    </message>
</context>
<context>
    <name>ApiError</name>
    <message>
        <source>Server unreachable</source>
        <translation>无法连接服务器</translation>
    </message>
    <message>
        <source>Certificate not trusted</source>
        <translation>证书不受信任</translation>
    </message>
    <message>
        <source>No answer in time</source>
        <translation>未及时响应</translation>
    </message>
    <message>
        <source>API key not accepted</source>
        <translation>API 密钥未被接受</translation>
    </message>
    <message>
        <source>Address not on the whitelist</source>
        <translation>地址不在白名单中</translation>
    </message>
    <message>
        <source>The organization requires a whitelist</source>
        <translation>组织要求白名单</translation>
    </message>
    <message>
        <source>This operation requires a whitelist</source>
        <translation>此操作需要白名单</translation>
    </message>
    <message>
        <source>Not allowed for this key</source>
        <translation>此密钥无权执行</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>未找到</translation>
    </message>
    <message>
        <source>Already there</source>
        <translation>已存在</translation>
    </message>
    <message>
        <source>Refused by the server</source>
        <translation>被服务器拒绝</translation>
    </message>
    <message>
        <source>Too many requests</source>
        <translation>请求过多</translation>
    </message>
    <message>
        <source>Server error</source>
        <translation>服务器错误</translation>
    </message>
    <message>
        <source>Unexpected answer</source>
        <translation>意外的响应</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>your address</source>
        <translation>你的地址</translation>
    </message>
    <message>
        <source>in use</source>
        <translation>使用中</translation>
    </message>
    <message>
        <source> The server said: “%1”</source>
        <translation> 服务器返回：“%1”</translation>
    </message>
    <message>
        <source>Could not reach the server (%1). Check the server address, your network and the proxy settings of the connection.</source>
        <translation>无法连接服务器（%1）。请检查服务器地址、网络以及该连接的代理设置。</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not trusted (%1). Its SHA-256 fingerprint is %2. If you recognise it, add your organization&apos;s CA bundle to the connection, or trust this certificate for this connection only.</source>
        <translation>服务器证书不受信任（%1）。其 SHA-256 指纹为 %2。如果你认得它，请将组织的 CA 证书包添加到该连接，或仅对该连接信任此证书。</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>The server did not answer in time. It may be overloaded or a proxy may be holding the request; try again.</source>
        <translation>服务器未及时响应。它可能负载过高，或有代理阻滞了请求；请重试。</translation>
    </message>
    <message>
        <source>The server did not accept API key %1: the public key or the private key is wrong, or the key was deleted. Check both in the connection profile.</source>
        <translation>服务器不接受 API 密钥 %1：公钥或私钥错误，或该密钥已被删除。请在连接配置中检查两者。</translation>
    </message>
    <message>
        <source>The server sees this computer calling from %1, and that address is not on the whitelist of API key %2. Add %1 (or a block that covers it) to that key&apos;s whitelist, or connect from an address that is on it.</source>
        <translation>服务器看到本机从 %1 调用，而该地址不在 API 密钥 %2 的白名单中。请将 %1（或包含它的地址块）添加到该密钥的白名单，或从白名单中的地址连接。</translation>
    </message>
    <message>
        <source>The organization requires every API key to have a whitelist, and API key %2 has none, so it cannot be used from anywhere. Add %1 to its whitelist (with an Organization Owner key or in the web console).</source>
        <translation>组织要求每个 API 密钥都有白名单，而 API 密钥 %2 没有，因此它在任何地方都无法使用。请将 %1 添加到其白名单（使用 Organization Owner 密钥或在 Web 控制台中）。</translation>
    </message>
    <message>
        <source>This operation is only allowed for API keys with a whitelist, and API key %2 has none. Add %1 to its whitelist, then try again.</source>
        <translation>此操作仅允许具有白名单的 API 密钥执行，而 API 密钥 %2 没有。请将 %1 添加到其白名单后重试。</translation>
    </message>
    <message>
        <source>API key %1 is not allowed to do this.%2 Use a key with the needed role (for most changes: Organization Owner).</source>
        <translation>API 密钥 %1 无权执行此操作。%2 请使用具有所需角色的密钥（大多数更改需要 Organization Owner）。</translation>
    </message>
    <message>
        <source>It no longer exists on the server.%1 Refresh to see the current state.</source>
        <translation>它已不在服务器上。%1 请刷新以查看当前状态。</translation>
    </message>
    <message>
        <source>Nothing was changed because it is already there.%1</source>
        <translation>因为已存在，未做任何更改。%1</translation>
    </message>
    <message>
        <source>The server refused the request.%1</source>
        <translation>服务器拒绝了请求。%1</translation>
    </message>
    <message numerus="yes">
        <source>The server is limiting how often it may be called.%1 The console waits %n second(s) before trying again.</source>
        <translation>
            <numerusform>服务器正在限制调用频率。%1 控制台将等待 %n 秒后重试。</numerusform>
        </translation>
    </message>
    <message>
        <source>The server had a problem (HTTP %1).%2 Try again later; if it persists, the server&apos;s logs say more.</source>
        <translation>服务器出现问题（HTTP %1）。%2 请稍后重试；如果问题持续，请查看服务器日志。</translation>
    </message>
    <message>
        <source>The server answered with something that is not the API&apos;s JSON (HTTP %1). A proxy or a wrong server address may be in the way.</source>
        <translation>服务器返回的不是 API 的 JSON（HTTP %1）。可能是代理或错误的服务器地址造成的。</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>请求已取消。</translation>
    </message>
    <message>
        <source>The server accepted the change, but reading back the new value failed: %1 The next sync (F5) shows the value the server now holds.</source>
        <translation>服务器已接受更改，但回读新值失败：%1 下一次同步 (F5) 将显示服务器当前的值。</translation>
    </message>
    <message>
        <source>The server redirected to %1 — not followed: the key&apos;s credentials go to the connection&apos;s own server only. If that address is the right one, change the connection&apos;s server to it.</source>
        <translation>服务器重定向到 %1 — 未跟随：密钥的凭据只发送到连接自己的服务器。如果该地址是正确的，请将连接的服务器改为它。</translation>
    </message>
    <message>
        <source>The server&apos;s answer could not be used (HTTP %1: %2). A proxy or a wrong server address may be in the way.</source>
        <translation>无法使用服务器的应答（HTTP %1：%2）。可能是代理或错误的服务器地址造成的。</translation>
    </message>
    <message>
        <source>The server stopped answering (%1). It may be overloaded or a proxy may be holding the request; try again later.</source>
        <translation>服务器停止了应答（%1）。它可能过载，或者代理拦住了请求；请稍后重试。</translation>
    </message>
    <message>
        <source>The server did not accept service account %1 (invalid_client): the client ID or the secret is wrong, or the secret expired or was deleted.%2 Add a new secret to the account (Organization Owner) and put it in the connection profile.</source>
        <translation>服务器不接受服务账户 %1（invalid_client）：客户端 ID 或密钥错误，或密钥已过期或已删除。%2 请为该账户添加新密钥（Organization Owner）并填入连接配置。</translation>
    </message>
    <message>
        <source>Service account %1 may hold at most 100 active tokens and has reached that limit (access_denied).%2 Tokens expire after an hour; wait, or revoke the ones other tools hold.</source>
        <translation>服务账户 %1 最多可持有 100 个有效令牌，现已达到上限（access_denied）。%2 令牌一小时后过期；请等待，或撤销其他工具持有的令牌。</translation>
    </message>
    <message>
        <source>The server refused to give service account %1 a token (%2).%3</source>
        <translation>服务器拒绝为服务账户 %1 签发令牌（%2）。%3</translation>
    </message>
    <message>
        <source>The server did not accept the token of service account %1, not even a fresh one: the account or its secret may have been deleted.%2 Check the connection profile.</source>
        <translation>服务器不接受服务账户 %1 的令牌，即使是新令牌：该账户或其密钥可能已被删除。%2 请检查连接配置。</translation>
    </message>
    <message>
        <source>The server sees this computer calling from %1, and that address is not on the access list of service account %2 (the list applies when a token is used, not when it is issued). Add %1 (or a block that covers it) to the account&apos;s access list, or connect from an address that is on it.</source>
        <translation>服务器看到此计算机从 %1 调用，而该地址不在服务账户 %2 的访问列表中（列表在使用令牌时生效，而非签发时）。请将 %1（或覆盖它的地址块）添加到该账户的访问列表，或从列表中的地址连接。</translation>
    </message>
    <message>
        <source>The organization requires an access list, and service account %2 has none, so its tokens work from nowhere. Add %1 to its access list (with an Organization Owner key or in the web console).</source>
        <translation>组织要求访问列表，而服务账户 %2 没有，因此其令牌在任何地方都无法使用。请将 %1 添加到其访问列表（使用 Organization Owner 密钥或在 Web 控制台中）。</translation>
    </message>
    <message>
        <source>This operation is only allowed with an access list, and service account %2 has none. Add %1 to its access list, then try again.</source>
        <translation>此操作仅在有访问列表时允许，而服务账户 %2 没有。请将 %1 添加到其访问列表后重试。</translation>
    </message>
    <message>
        <source>Service account %1 is not allowed to do this.%2 Use an account or a key with the needed role (for most changes: Organization Owner).</source>
        <translation>服务账户 %1 无权执行此操作。%2 请使用具有所需角色的账户或密钥（大多数更改需要 Organization Owner）。</translation>
    </message>
    <message>
        <source>the token endpoint&apos;s answer holds no usable bearer token</source>
        <translation>令牌端点的应答中没有可用的 Bearer 令牌</translation>
    </message>
    <message>
        <source>an address it did not give</source>
        <translation>未给出的地址</translation>
    </message>
    <message>
        <source>Another change to the same object reached the server at the same moment, so this one was not made.%1 Try again.</source>
        <translation>对同一对象的另一项更改同时到达服务器，因此本次更改未执行。%1 请重试。</translation>
    </message>
    <message>
        <source>API version not served</source>
        <translation>API 版本不再提供</translation>
    </message>
    <message>
        <source>Only the key itself or a user administrator may read another key&apos;s access list, and API key %1 is neither: this list is unknown here, not empty. Sync with an Organization Owner key to see it.</source>
        <translation>只有密钥本身或用户管理员可以读取其他密钥的访问列表，而 API 密钥 %1 两者都不是：此列表在这里未知，而不是为空。请用 Organization Owner 密钥同步以查看。</translation>
    </message>
    <message>
        <source>This version of API Access Console speaks a version of this resource (%1) that the server no longer serves.%2 Update API Access Console; nothing was changed.</source>
        <translation>此版本的 API Access Console 使用的该资源版本（%1）服务器已不再提供。%2 请更新 API Access Console；未做任何更改。</translation>
    </message>
    <message>
        <source>The server refuses to remove the entry that covers %1, the address this console calls from with API key %2: without it the key could no longer call from here. Nothing was changed. To remove it, connect from another address or with another key.</source>
        <translation>服务器拒绝删除涵盖 %1 的条目，这是此控制台使用 API 密钥 %2 进行调用的地址：没有它，该密钥将无法再从这里调用。未做任何更改。要删除它，请从其他地址或使用其他密钥连接。</translation>
    </message>
</context>
<context>
    <name>ApiEvent</name>
    <message>
        <source>key %1</source>
        <translation>密钥 %1</translation>
    </message>
    <message>
        <source>user %1</source>
        <translation>用户 %1</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>由 %1</translation>
    </message>
    <message>
        <source>by %1 from %2</source>
        <translation>由 %1 从 %2</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API 密钥</translation>
    </message>
    <message>
        <source>API key %1</source>
        <translation>API 密钥 %1</translation>
    </message>
    <message>
        <source>%1 created %2</source>
        <translation>%1 已创建 %2</translation>
    </message>
    <message>
        <source>%1 deleted %2</source>
        <translation>%1 已删除 %2</translation>
    </message>
    <message>
        <source>%1: entry %2 added %3</source>
        <translation>%1：已添加条目 %2 %3</translation>
    </message>
    <message>
        <source>%1: entry %2 removed %3</source>
        <translation>%1：已删除条目 %2 %3</translation>
    </message>
    <message>
        <source>%1: roles changed %2</source>
        <translation>%1：角色已更改 %2</translation>
    </message>
    <message>
        <source>%1: description changed %2</source>
        <translation>%1：描述已更改 %2</translation>
    </message>
    <message>
        <source>%1 assigned to project %2 %3</source>
        <translation>%1 已分配到项目 %2 %3</translation>
    </message>
    <message>
        <source>%1 removed from project %2 %3</source>
        <translation>%1 已从项目 %2 移除 %3</translation>
    </message>
    <message>
        <source>Require IP Whitelist for Public API turned on %1</source>
        <translation>“Require IP Whitelist for Public API”已开启 %1</translation>
    </message>
    <message>
        <source>Require IP Whitelist for Public API turned off %1</source>
        <translation>“Require IP Whitelist for Public API”已关闭 %1</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>API key “%1”</source>
        <translation>API 密钥“%1”</translation>
    </message>
    <message>
        <source>by this console (key %1); the server&apos;s own event is read with the next sync</source>
        <translation>由此控制台（密钥 %1）执行；服务器自己的事件将在下次同步时读取</translation>
    </message>
</context>
<context>
    <name>ApiKey</name>
    <message>
        <source>Enter a description: it is how people recognise the key.</source>
        <translation>请输入描述：大家靠它识别这个密钥。</translation>
    </message>
    <message>
        <source>The description has %1 characters; the server accepts at most 250.</source>
        <translation>描述有 %1 个字符；服务器最多接受 250 个。</translation>
    </message>
    <message>
        <source>The description contains a control character (U+%1) at position %2; remove it.</source>
        <translation>描述的第 %2 个字符是控制字符（U+%1）；请将其删除。</translation>
    </message>
    <message>
        <source>The description contains a text direction override (U+%1) at position %2, which makes it display differently from what it is; remove it.</source>
        <translation>描述的第 %2 个字符是文字方向覆盖符（U+%1），会使其显示得与实际内容不同；请将其删除。</translation>
    </message>
</context>
<context>
    <name>ApiKeysModel</name>
    <message>
        <source>Owner: %1
Ticket: %2
%3</source>
        <translation>负责人：%1
工单：%2
%3</translation>
    </message>
    <message>
        <source>not readable</source>
        <translation>不可读</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>never</source>
        <translation>从未</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <source>Public key</source>
        <translation>公钥</translation>
    </message>
    <message>
        <source>Key ID</source>
        <translation>密钥 ID</translation>
    </message>
    <message>
        <source>Organization roles</source>
        <translation>组织角色</translation>
    </message>
    <message>
        <source>Whitelist</source>
        <translation>白名单</translation>
    </message>
    <message>
        <source>Last used</source>
        <translation>上次使用</translation>
    </message>
    <message>
        <source>Local note</source>
        <translation>本地备注</translation>
    </message>
    <message>
        <source>Project roles</source>
        <translation>项目角色</translation>
    </message>
    <message>
        <source>rotating → %1</source>
        <translation>轮换中 → %1</translation>
    </message>
    <message>
        <source>new key of a rotation of %1</source>
        <translation>%1 轮换的新密钥</translation>
    </message>
</context>
<context>
    <name>ApiKeysPage</name>
    <message>
        <source>Filter by description, public key, key ID or address (Ctrl+F)</source>
        <translation>按描述、公钥、密钥 ID 或地址筛选（Ctrl+F）</translation>
    </message>
    <message>
        <source>Filter API keys</source>
        <translation>筛选 API 密钥</translation>
    </message>
    <message>
        <source>Show keys with role</source>
        <translation>显示具有该角色的密钥</translation>
    </message>
    <message>
        <source>All roles</source>
        <translation>所有角色</translation>
    </message>
    <message>
        <source>API keys</source>
        <translation>API 密钥</translation>
    </message>
    <message>
        <source>Whitelist of the selected key</source>
        <translation>所选密钥的白名单</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Project roles</source>
        <translation>项目角色</translation>
    </message>
    <message>
        <source>Projects the selected key is assigned to</source>
        <translation>所选密钥被分配到的项目</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>消息</translation>
    </message>
    <message>
        <source>&amp;Create key…</source>
        <translation>创建密钥(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Edit key…</source>
        <translation>编辑密钥(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Delete key…</source>
        <translation>删除密钥(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Add whitelist entries…</source>
        <translation>添加白名单条目(&amp;A)…</translation>
    </message>
    <message>
        <source>Copy key &amp;ID</source>
        <translation>复制密钥 ID(&amp;I)</translation>
    </message>
    <message>
        <source>Copy &amp;public key</source>
        <translation>复制公钥(&amp;P)</translation>
    </message>
    <message>
        <source>Copy a&amp;ddress</source>
        <translation>复制地址(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Invite key…</source>
        <translation>邀请密钥(&amp;I)…</translation>
    </message>
    <message>
        <source>Change project &amp;roles…</source>
        <translation>更改项目角色(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Unassign from project…</source>
        <translation>从项目中移除(&amp;U)…</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>查找</translation>
    </message>
    <message>
        <source>No key selected.</source>
        <translation>未选择密钥。</translation>
    </message>
    <message>
        <source>Nothing cached for this organization yet: sync it (F5).</source>
        <translation>此组织尚无缓存：请同步（F5）。</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Public key &lt;code&gt;%2&lt;/code&gt; · Key ID &lt;code&gt;%3&lt;/code&gt; · Private key %4</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;公钥 &lt;code&gt;%2&lt;/code&gt; · 密钥 ID &lt;code&gt;%3&lt;/code&gt; · 私钥 %4</translation>
    </message>
    <message>
        <source>Whitelist not readable: %1</source>
        <translation>白名单不可读：%1</translation>
    </message>
    <message>
        <source>This key has no whitelist: it may call from any address unless the organization requires a whitelist.</source>
        <translation>此密钥没有白名单：除非组织要求白名单，否则它可以从任何地址调用。</translation>
    </message>
    <message>
        <source>Offline: changes need the server.</source>
        <translation>离线：更改需要连接服务器。</translation>
    </message>
    <message>
        <source>Only an Organization Owner key can change API keys.</source>
        <translation>只有 Organization Owner 密钥才能更改 API 密钥。</translation>
    </message>
    <message>
        <source>Saved the project roles of %1.</source>
        <translation>已保存 %1 的项目角色。</translation>
    </message>
    <message>
        <source>Unassign from project?</source>
        <translation>从项目中移除？</translation>
    </message>
    <message>
        <source>Remove %1 from %2? The key stays in the organization with its other roles.</source>
        <translation>将 %1 从 %2 中移除？该密钥仍以其他角色保留在组织中。</translation>
    </message>
    <message>
        <source>Unassign</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Unassigned %1.</source>
        <translation>已移除 %1。</translation>
    </message>
    <message>
        <source>Not unassigned. %1</source>
        <translation>未移除。%1</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>已保存 %1。</translation>
    </message>
    <message>
        <source>Delete API key?</source>
        <translation>删除 API 密钥？</translation>
    </message>
    <message>
        <source>Delete the API key %1? Everything that uses it stops working at once; this cannot be undone.</source>
        <translation>删除 API 密钥 %1？所有使用它的程序会立即停止工作；此操作无法撤销。</translation>
    </message>
    <message>
        <source>Delete key</source>
        <translation>删除密钥</translation>
    </message>
    <message>
        <source>Deleted %1.</source>
        <translation>已删除 %1。</translation>
    </message>
    <message>
        <source>Not deleted. %1</source>
        <translation>未删除。%1</translation>
    </message>
    <message numerus="yes">
        <source>Added %n whitelist entry(ies).</source>
        <translation>
            <numerusform>已添加 %n 个白名单条目。</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove %1 from the whitelist of %2?</source>
        <translation>从 %2 的白名单中移除 %1？</translation>
    </message>
    <message>
        <source>Removed %1.</source>
        <translation>已移除 %1。</translation>
    </message>
    <message>
        <source>Pick an organization or project on the left to see its API keys.</source>
        <translation>在左侧选择组织或项目以查看其 API 密钥。</translation>
    </message>
    <message>
        <source>Whitelist</source>
        <translation>白名单</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>&amp;Remove entries…</source>
        <translation>删除条目(&amp;R)…</translation>
    </message>
    <message numerus="yes">
        <source>Whitelist (%n)</source>
        <translation>
            <numerusform>白名单 (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Whitelist (not readable)</source>
        <translation>白名单（不可读）</translation>
    </message>
    <message numerus="yes">
        <source>Projects (%n)</source>
        <translation>
            <numerusform>项目 (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>This is the key this console is connected with. Deleting it locks this console out at once: every later request fails until you connect with another key (Connection → Edit this connection).</source>
        <translation>这是本控制台正在使用的密钥。删除后本控制台会立即被锁定：在使用其他密钥连接之前，之后的每个请求都会失败（连接 → 编辑此连接）。</translation>
    </message>
    <message>
        <source>Delete and lock this console out</source>
        <translation>删除并锁定本控制台</translation>
    </message>
    <message numerus="yes">
        <source>Remove these %n entries from the whitelist of %1?</source>
        <translation>
            <numerusform>要从 %1 的白名单中删除这 %n 个条目吗？</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, the address this console calls from, is covered by %2.</source>
        <translation>本控制台的调用地址 %1 包含在 %2 中。</translation>
    </message>
    <message>
        <source>This empties the whitelist: the key may then call from any address, or from none if the organization requires a whitelist.</source>
        <translation>这会清空白名单：该密钥之后可从任何地址调用；若组织要求白名单，则无法从任何地址调用。</translation>
    </message>
    <message>
        <source>Remove whitelist entries?</source>
        <translation>要删除白名单条目吗？</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n entry(ies)</source>
        <translation>
            <numerusform>删除 %n 个条目</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Not removed: %1</source>
        <translation>未删除：%1</translation>
    </message>
    <message>
        <source>Invited %1 to %2.</source>
        <translation>已将 %1 邀请到 %2。</translation>
    </message>
    <message>
        <source>Created %1 by %2</source>
        <translation>由 %2 于 %1 创建</translation>
    </message>
    <message>
        <source>Whitelist and usage as read %1 (no event named this key since; a full sync reads it again)</source>
        <translation>白名单和使用情况为 %1 读取的内容（此后没有事件提到此密钥；完整同步会重新读取）</translation>
    </message>
    <message>
        <source>Copied %1 to the clipboard.</source>
        <translation>已将 %1 复制到剪贴板。</translation>
    </message>
    <message numerus="yes">
        <source>Copied %n addresses to the clipboard, one per line.</source>
        <translation>
            <numerusform>已将 %n 个地址复制到剪贴板,每行一个。</numerusform>
        </translation>
    </message>
    <message>
        <source>To assign a key to a project, pick the project in the list on the left and use Invite key… (Ctrl+I) there: you choose the key and its roles in that project. Change project roles… and Unassign from project… are there too.</source>
        <translation>要将密钥分配给项目,请在左侧列表中选择该项目,然后在那里使用“邀请密钥…”(Ctrl+I):可选择密钥及其在该项目中的角色。“更改项目角色…”和“从项目取消分配…”也在那里。</translation>
    </message>
    <message>
        <source>%1 stays: this console calls from %2 with this key, the server refuses to remove the entry the caller uses, and without it the console would be locked out. To remove it, connect from another address or with another key.</source>
        <translation>%1 保留：此控制台使用该密钥从 %2 调用，服务器拒绝删除调用方正在使用的条目，没有它控制台将被锁定。要删除它，请从其他地址或使用其他密钥连接。</translation>
    </message>
    <message>
        <source>This entry cannot be removed from here</source>
        <translation>无法在此处删除此条目</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>R&amp;otate key…</source>
        <translation>轮换密钥(&amp;O)…</translation>
    </message>
    <message>
        <source>A new key with this key&apos;s roles, projects and entries; then switch the clients and delete this one</source>
        <translation>创建具有此密钥角色、项目和条目的新密钥；然后切换客户端并删除此密钥</translation>
    </message>
    <message>
        <source>R&amp;otation…</source>
        <translation>轮换(&amp;O)…</translation>
    </message>
    <message>
        <source>Rotated: the old key %1 is deleted; %2 takes its place.</source>
        <translation>已轮换：旧密钥 %1 已删除；%2 取而代之。</translation>
    </message>
    <message>
        <source>Rotation of %1 cancelled; the new key %2 is deleted.</source>
        <translation>%1 的轮换已取消；新密钥 %2 已删除。</translation>
    </message>
</context>
<context>
    <name>CacheAccess</name>
    <message>
        <source>the cache could not be opened</source>
        <translation>无法打开缓存</translation>
    </message>
    <message>
        <source>the team store does not answer</source>
        <translation>团队存储没有响应</translation>
    </message>
    <message>
        <source>%1; it could not be kept on this computer either (%2)</source>
        <translation>%1；也无法保存在这台计算机上 (%2)</translation>
    </message>
    <message>
        <source>the team store did not take it (%1); it is kept on this computer and written to the store as soon as it answers</source>
        <translation>团队存储没有接受 (%1)；它保存在这台计算机上，存储一响应就写入</translation>
    </message>
</context>
<context>
    <name>CacheDatabase</name>
    <message>
        <source>Cannot create the cache file %1.</source>
        <translation>无法创建缓存文件 %1。</translation>
    </message>
    <message>
        <source>Cannot open the cache %1: %2</source>
        <translation>无法打开缓存 %1：%2</translation>
    </message>
    <message>
        <source>The cache %1 is damaged and could not be moved aside.</source>
        <translation>缓存 %1 已损坏，且无法移到一旁。</translation>
    </message>
    <message>
        <source>The offline cache was damaged. It was set aside as %1 and a new, empty cache was created; the next sync fills it again.</source>
        <translation>离线缓存已损坏。它已被移到 %1，并新建了一个空缓存；下次同步会重新填充。</translation>
    </message>
    <message>
        <source>Cannot read the cache&apos;s schema version.</source>
        <translation>无法读取缓存的架构版本。</translation>
    </message>
    <message>
        <source>Updating the cache to schema %1 failed: %2</source>
        <translation>将缓存升级到架构 %1 失败：%2</translation>
    </message>
    <message>
        <source>The store was updated by a newer version of the console (schema %1; this one knows %2): it is shown read-only. Update the console to write to it.</source>
        <translation>该存储已被更新版本的控制台升级（架构 %1；此版本只认识 %2）：以只读方式显示。请更新控制台后再写入。</translation>
    </message>
    <message>
        <source>This console has no PostgreSQL driver (Debian package libqt6sql6-psql).</source>
        <translation>此控制台没有 PostgreSQL 驱动（Debian 软件包 libqt6sql6-psql）。</translation>
    </message>
    <message>
        <source>Cannot open the PostgreSQL store %1: %2</source>
        <translation>无法打开 PostgreSQL 存储 %1：%2</translation>
    </message>
    <message>
        <source>The database role %1 may only read this store (an auditor&apos;s role): the console shows its history and notes and changes nothing in it.</source>
        <translation>数据库角色 %1 只能读取此存储（审计员角色）：控制台显示其历史和备注，不作任何更改。</translation>
    </message>
    <message>
        <source>Cannot lock the store to update its schema: %1</source>
        <translation>无法锁定存储以更新其架构：%1</translation>
    </message>
    <message>
        <source>Cannot read the store&apos;s schema version.</source>
        <translation>无法读取存储的架构版本。</translation>
    </message>
    <message>
        <source>Updating the store to schema %1 failed: %2</source>
        <translation>将存储更新到架构 %1 失败：%2</translation>
    </message>
</context>
<context>
    <name>Changes</name>
    <message>
        <source>A global key has no list of its own: the global access list covers it.</source>
        <translation>全局密钥没有自己的列表：由全局访问列表覆盖。</translation>
    </message>
</context>
<context>
    <name>ConnectionProfile</name>
    <message>
        <source>Give the connection a name.</source>
        <translation>请为连接命名。</translation>
    </message>
    <message>
        <source>The name cannot contain “/” or “\”.</source>
        <translation>名称不能包含“/”或“\”。</translation>
    </message>
    <message>
        <source>Enter the API key&apos;s public key.</source>
        <translation>请输入 API 密钥的公钥。</translation>
    </message>
    <message>
        <source>“%1” does not look like a public key.</source>
        <translation>“%1”看起来不像公钥。</translation>
    </message>
    <message>
        <source>%1 holds no PEM certificate.</source>
        <translation>%1 不包含 PEM 证书。</translation>
    </message>
    <message>
        <source>Enter the proxy&apos;s host and port.</source>
        <translation>请输入代理的主机和端口。</translation>
    </message>
    <message>
        <source>Enter the private key (it was shown once, when the key was created).</source>
        <translation>请输入私钥（它只在创建密钥时显示过一次）。</translation>
    </message>
    <message>
        <source>This does not look like a private key: it has no spaces and is about 36 characters long.</source>
        <translation>这看起来不像私钥：私钥不含空格，长约 36 个字符。</translation>
    </message>
    <message>
        <source>Enter the service account&apos;s client ID.</source>
        <translation>请输入服务账户的客户端 ID。</translation>
    </message>
    <message>
        <source>“%1” is not a client ID: it is mdb_sa_id_ followed by 24 hexadecimal digits.</source>
        <translation>“%1”不是客户端 ID：它由 mdb_sa_id_ 加 24 位十六进制数字组成。</translation>
    </message>
    <message>
        <source>Enter the client secret (it was shown once, when the secret was created).</source>
        <translation>请输入客户端密钥（仅在创建时显示过一次）。</translation>
    </message>
    <message>
        <source>This does not look like a client secret: it starts with mdb_sa_sk_ and has no spaces.</source>
        <translation>这看起来不像客户端密钥：它以 mdb_sa_sk_ 开头且不含空格。</translation>
    </message>
    <message>
        <source>Give a PostgreSQL database as postgresql://USER@HOST/DATABASE, or leave it empty to keep the history on this computer.</source>
        <translation>请以 postgresql://USER@HOST/DATABASE 形式指定 PostgreSQL 数据库，或留空以在本机保存历史。</translation>
    </message>
</context>
<context>
    <name>ConnectionSettings</name>
    <message>
        <source>Enter the server address, as you type it in a browser.</source>
        <translation>请像在浏览器中一样输入服务器地址。</translation>
    </message>
    <message>
        <source>“%1” is not a server address; type it as in a browser, e.g. https://opsmanager.example.com:8443.</source>
        <translation>“%1”不是服务器地址；请像在浏览器中一样输入，例如 https://opsmanager.example.com:8443。</translation>
    </message>
    <message>
        <source>Use an http:// or https:// address, not %1://.</source>
        <translation>请使用 http:// 或 https:// 地址，而不是 %1://。</translation>
    </message>
    <message>
        <source>Remove the user name and password from the address; the API key goes in its own fields.</source>
        <translation>请从地址中去掉用户名和密码；API 密钥有专门的输入框。</translation>
    </message>
    <message>
        <source>This connection uses http:// to %1: requests, answers and the key&apos;s digest travel unencrypted. Use https:// unless the network path is trusted.</source>
        <translation>此连接使用 http:// 访问 %1：请求、响应和密钥摘要以明文传输。除非网络路径可信，否则请使用 https://。</translation>
    </message>
    <message>
        <source>The server address is %1 characters long; check what was pasted (an address has at most 2,048).</source>
        <translation>服务器地址长 %1 个字符；请检查粘贴的内容（地址最多 2,048 个字符）。</translation>
    </message>
    <message>
        <source>The server address contains an invisible character (U+%1); type it again instead of pasting it.</source>
        <translation>服务器地址包含不可见字符（U+%1）；请重新输入，而不是粘贴。</translation>
    </message>
    <message>
        <source>The web console page is %1 characters long; at most 2048.</source>
        <translation>Web 控制台页面长 %1 个字符；最多 2048 个。</translation>
    </message>
    <message>
        <source>The web console page needs {orgId} where the organization&apos;s ID goes, as in %1.</source>
        <translation>Web 控制台页面需要在组织 ID 的位置写 {orgId}，例如 %1。</translation>
    </message>
    <message>
        <source>The web console page starts with {server}, https:// or http://.</source>
        <translation>Web 控制台页面以 {server}、https:// 或 http:// 开头。</translation>
    </message>
    <message>
        <source>The web console page is not an address: %1</source>
        <translation>Web 控制台页面不是地址：%1</translation>
    </message>
</context>
<context>
    <name>ConnectionTestResult</name>
    <message>
        <source>Something answered, but it is not the Ops Manager or Cloud Manager Public API (HTTP %1). Check the server address: it is the one you open in a browser.</source>
        <translation>有服务响应了，但它不是 Ops Manager 或 Cloud Manager 的 Public API（HTTP %1）。请检查服务器地址：应为你在浏览器中打开的地址。</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message numerus="yes">
        <source>Connected to %1; the key sees %n organization(s).</source>
        <translation>
            <numerusform>已连接到 %1；该密钥可见 %n 个组织。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Connected to %1 with a token of the service account; it sees %n organization(s).</source>
        <translation>
            <numerusform>已使用服务账户的令牌连接到 %1；它可见 %n 个组织。</numerusform>
        </translation>
    </message>
    <message>
        <source>This server answers the Atlas Administration API v2, not the Public API v1.0: the API is now set to Atlas; test again.</source>
        <translation>此服务器响应的是 Atlas Administration API v2，而不是 Public API v1.0：API 已改为 Atlas；请再次测试。</translation>
    </message>
    <message>
        <source>This server answers the Public API v1.0 (Ops Manager or Cloud Manager), not the Atlas Administration API v2: the API is now set to it; test again.</source>
        <translation>此服务器响应的是 Public API v1.0（Ops Manager 或 Cloud Manager），而不是 Atlas Administration API v2：API 已改为它；请再次测试。</translation>
    </message>
</context>
<context>
    <name>ConsoleSession</name>
    <message>
        <source>Demo server (offline)</source>
        <translation>演示服务器（离线）</translation>
    </message>
    <message>
        <source>The local demo server could not start: %1</source>
        <translation>本地演示服务器无法启动：%1</translation>
    </message>
    <message>
        <source>There is no saved connection named “%1”.</source>
        <translation>没有名为“%1”的已保存连接。</translation>
    </message>
    <message>
        <source>The private key of “%1” is not in the system keyring.</source>
        <translation>“%1”的私钥不在系统密钥环中。</translation>
    </message>
    <message>
        <source>Private key for “%1”</source>
        <translation>“%1”的私钥</translation>
    </message>
    <message>
        <source>%1
Type the private key of %2 to connect, or cancel to review the cached data offline.</source>
        <translation>%1
输入 %2 的私钥以连接，或取消以离线查看缓存的数据。</translation>
    </message>
    <message>
        <source>No private key: “%1” is shown from the cache only.</source>
        <translation>没有私钥：“%1”仅显示缓存中的数据。</translation>
    </message>
    <message>
        <source>%1 — %2 (offline)</source>
        <translation>%1 — %2（离线）</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Remove connection</source>
        <translation>删除连接</translation>
    </message>
    <message>
        <source>Remove the connection “%1”? Its private key is removed from the system keyring. The data cached for offline review stays on this computer.</source>
        <translation>删除连接“%1”？其私钥将从系统密钥环中删除。为离线查看而缓存的数据仍保留在本机。</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>删除(&amp;R)</translation>
    </message>
    <message>
        <source>Demo server (local, made-up data)</source>
        <translation>演示服务器（本地，虚构数据）</translation>
    </message>
    <message>
        <source>Reading the private key from the system keyring…</source>
        <translation>正在从系统密钥环读取私钥…</translation>
    </message>
    <message>
        <source>The private key of “%1” (public key %2) is kept in memory for this session only, because the system keyring could not be used. It is forgotten when the console closes and asked for at the next start. To keep it, start a keyring (GNOME Keyring or KWallet) and save the connection again: Connection → Edit this connection.</source>
        <translation>由于无法使用系统密钥环，“%1”的私钥（公钥 %2）仅在本次会话中保存在内存里。关闭控制台后即被遗忘，下次启动时会再次询问。若要保留，请启动密钥环（GNOME Keyring 或 KWallet）并重新保存连接：连接 → 编辑此连接。</translation>
    </message>
    <message>
        <source>Saved “%1”: connected with the new settings.</source>
        <translation>已保存“%1”：已使用新设置连接。</translation>
    </message>
    <message>
        <source>The client secret of “%1” is not in the system keyring.</source>
        <translation>“%1”的客户端密钥不在系统密钥环中。</translation>
    </message>
    <message>
        <source>Client secret for “%1”</source>
        <translation>“%1”的客户端密钥</translation>
    </message>
    <message>
        <source>%1
Type the client secret of service account %2 to connect, or cancel to review the cached data offline.</source>
        <translation>%1
请输入服务账户 %2 的客户端密钥以连接，或取消以离线查看缓存数据。</translation>
    </message>
    <message>
        <source>Atlas demo server (offline)</source>
        <translation>Atlas 演示服务器（离线）</translation>
    </message>
    <message>
        <source>Atlas demo server (local, made-up data)</source>
        <translation>Atlas 演示服务器（本地，虚构数据）</translation>
    </message>
</context>
<context>
    <name>ContextModel</name>
    <message>
        <source>Organization %1</source>
        <translation>组织 %1</translation>
    </message>
    <message>
        <source>Project %1</source>
        <translation>项目 %1</translation>
    </message>
    <message>
        <source>Ops Manager instance</source>
        <translation>Ops Manager 实例</translation>
    </message>
    <message>
        <source>The whole Ops Manager instance: its global API keys and its global access list</source>
        <translation>整个 Ops Manager 实例：其全局 API 密钥和全局访问列表</translation>
    </message>
</context>
<context>
    <name>ContextPicker</name>
    <message>
        <source>Find an organization or project</source>
        <translation>查找组织或项目</translation>
    </message>
    <message>
        <source>Organizations and projects</source>
        <translation>组织和项目</translation>
    </message>
    <message>
        <source>Pick the organization or project to work on</source>
        <translation>选择要处理的组织或项目</translation>
    </message>
</context>
<context>
    <name>CreateKeyDialog</name>
    <message>
        <source>Create key</source>
        <translation>创建密钥</translation>
    </message>
    <message>
        <source>I have copied the private key and stored it safely</source>
        <translation>我已复制私钥并妥善保存</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>Create API key</source>
        <translation>创建 API 密钥</translation>
    </message>
    <message>
        <source>Create API key for this project</source>
        <translation>为此项目创建 API 密钥</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <source>What the key is for, e.g. “CI deploys for billing-prod”</source>
        <translation>该密钥的用途，例如“billing-prod 的 CI 部署”</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>描述(&amp;D)：</translation>
    </message>
    <message>
        <source>Organization roles:</source>
        <translation>组织角色：</translation>
    </message>
    <message>
        <source>Project roles:</source>
        <translation>项目角色：</translation>
    </message>
    <message>
        <source>&lt;b&gt;Copy the private key now.&lt;/b&gt; The server shows it this once; it cannot be shown again. Whoever has it can call the API with this key&apos;s roles.</source>
        <translation>&lt;b&gt;请立即复制私钥。&lt;/b&gt;服务器只显示这一次，之后无法再次显示。持有它的人都能以此密钥的角色调用 API。</translation>
    </message>
    <message>
        <source>Private key</source>
        <translation>私钥</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>显示(&amp;S)</translation>
    </message>
    <message>
        <source>Whitelist entries to add now (optional):</source>
        <translation>现在要添加的白名单条目（可选）：</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>%1 of 250 characters</source>
        <translation>%1 / 250 个字符</translation>
    </message>
    <message>
        <source>Choose at least one role.</source>
        <translation>请至少选择一个角色。</translation>
    </message>
    <message>
        <source>Copy the private key and tick the box first: it cannot be shown again.</source>
        <translation>请先复制私钥并勾选此框：私钥无法再次显示。</translation>
    </message>
    <message>
        <source>Public key:</source>
        <translation>公钥:</translation>
    </message>
    <message>
        <source>Public key</source>
        <translation>公钥</translation>
    </message>
    <message>
        <source>Copy &amp;both</source>
        <translation>复制两者(&amp;B)</translation>
    </message>
    <message>
        <source>The public and the private key, one per line: a client needs both.</source>
        <translation>公钥和私钥,每行一个:客户端两者都需要。</translation>
    </message>
    <message>
        <source>Public key: %1
Private key: %2</source>
        <translation>公钥:%1
私钥:%2</translation>
    </message>
    <message>
        <source>Create global API key</source>
        <translation>创建全局 API 密钥</translation>
    </message>
    <message>
        <source>Global roles:</source>
        <translation>全局角色：</translation>
    </message>
    <message>
        <source>A global key has no access list of its own: the instance accepts it from the addresses on the global access list. Add its clients&apos; addresses there.</source>
        <translation>全局密钥没有自己的访问列表：实例接受来自全局访问列表中地址的调用。请将其客户端的地址添加到那里。</translation>
    </message>
</context>
<context>
    <name>EditKeyDialog</name>
    <message>
        <source>Edit API key %1</source>
        <translation>编辑 API 密钥 %1</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>描述(&amp;D)：</translation>
    </message>
    <message>
        <source>Organization roles (the list replaces the key&apos;s roles as a whole):</source>
        <translation>组织角色（此列表将整体替换密钥的角色）：</translation>
    </message>
    <message>
        <source>No role will be removed.</source>
        <translation>不会移除任何角色。</translation>
    </message>
    <message>
        <source>These roles will be removed: %1</source>
        <translation>将移除以下角色：%1</translation>
    </message>
    <message>
        <source>Choose at least one role.</source>
        <translation>请至少选择一个角色。</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>This console is connected with this key: without Organization Owner it can no longer change API keys or the organization&apos;s setting, and cannot give the role back.</source>
        <translation>本控制台正在使用此密钥连接：没有 Organization Owner 角色后，它将无法再更改 API 密钥或组织设置，也无法恢复该角色。</translation>
    </message>
    <message>
        <source>This console is connected with this key: without Global Owner it can no longer change the global API keys or the global access list, and cannot give the role back.</source>
        <translation>本控制台正使用此密钥连接：没有 Global Owner 后将无法再更改全局 API 密钥或全局访问列表，也无法恢复该角色。</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Give the account a name.</source>
        <translation>请为账户命名。</translation>
    </message>
    <message>
        <source>The name has %1 characters; at most %2 are allowed.</source>
        <translation>名称有 %1 个字符；最多允许 %2 个。</translation>
    </message>
</context>
<context>
    <name>EntriesEditor</name>
    <message>
        <source>One address or CIDR block per line, e.g.
192.0.2.15
198.51.100.0/24
2001:db8::/48</source>
        <translation>每行一个地址或 CIDR 地址块，例如
192.0.2.15
198.51.100.0/24
2001:db8::/48</translation>
    </message>
    <message>
        <source>Whitelist entries</source>
        <translation>白名单条目</translation>
    </message>
    <message>
        <source>Validation of the entries</source>
        <translation>条目校验结果</translation>
    </message>
    <message>
        <source>Add the address the server sees me from (%1)</source>
        <translation>添加服务器看到的本机地址（%1）</translation>
    </message>
    <message numerus="yes">
        <source>%n entry(ies) to add</source>
        <translation>
            <numerusform>待添加 %n 个条目</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to fix</source>
        <translation>
            <numerusform>%n 个待修正</numerusform>
        </translation>
    </message>
    <message>
        <source>Use %1</source>
        <translation>使用 %1</translation>
    </message>
    <message numerus="yes">
        <source>%n skipped</source>
        <translation>
            <numerusform>跳过 %n 个</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EntryBatch</name>
    <message>
        <source>%1 allows every address of its family.</source>
        <translation>%1 允许其地址族中的所有地址。</translation>
    </message>
    <message>
        <source>Already covered by %1 on the whitelist.</source>
        <translation>已被白名单中的 %1 覆盖。</translation>
    </message>
    <message>
        <source>Already covered by %1 above.</source>
        <translation>已被上方的 %1 覆盖。</translation>
    </message>
    <message>
        <source>%1 is a very broad block (%2 addresses): hardly narrower than no whitelist.</source>
        <translation>%1 是一个非常宽的地址块（%2 个地址）：几乎等于没有白名单。</translation>
    </message>
    <message>
        <source>%1 is a broad block (%2 addresses).</source>
        <translation>%1 是一个较宽的地址块（%2 个地址）。</translation>
    </message>
    <message>
        <source>%1 is listed twice: added once.</source>
        <translation>%1 列出了两次：只添加一次。</translation>
    </message>
    <message>
        <source>%1 is already on the whitelist: skipped.</source>
        <translation>%1 已在白名单中：已跳过。</translation>
    </message>
</context>
<context>
    <name>Exporter</name>
    <message>
        <source>not readable</source>
        <translation>不可读</translation>
    </message>
    <message>
        <source>API access report: %1</source>
        <translation>API 访问报告：%1</translation>
    </message>
    <message>
        <source>Organization `%1`, snapshot %2 taken %3.</source>
        <translation>组织 `%1`，快照 %2，拍摄于 %3。</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <source>Require IP Whitelist for Public API: %1</source>
        <translation>要求 Public API 使用 IP 白名单：%1</translation>
    </message>
    <message>
        <source>API keys: %1</source>
        <translation>API 密钥：%1</translation>
    </message>
    <message>
        <source>Whitelist entries: %1</source>
        <translation>白名单条目：%1</translation>
    </message>
    <message>
        <source>Findings: %1</source>
        <translation>发现的问题：%1</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>发现的问题</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>无。</translation>
    </message>
    <message>
        <source>API keys</source>
        <translation>API 密钥</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <source>Public key</source>
        <translation>公钥</translation>
    </message>
    <message>
        <source>Key ID</source>
        <translation>密钥 ID</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Whitelist</source>
        <translation>白名单</translation>
    </message>
    <message>
        <source>Last used</source>
        <translation>上次使用</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Whitelist entries</source>
        <translation>白名单条目</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>密钥</translation>
    </message>
    <message>
        <source>Address or CIDR</source>
        <translation>地址或 CIDR</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <source>Last used from</source>
        <translation>上次使用来源</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>请求数</translation>
    </message>
    <message>
        <source>Organization %1, snapshot %2 taken %3.</source>
        <translation>组织 %1，快照 %2，拍摄于 %3。</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>时间线</translation>
    </message>
    <message>
        <source>No events.</source>
        <translation>没有事件。</translation>
    </message>
    <message>
        <source>The organization&apos;s events were not read.</source>
        <translation>未读取组织的事件。</translation>
    </message>
    <message>
        <source>never</source>
        <translation>从未</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Service accounts: %1</source>
        <translation>服务账户：%1</translation>
    </message>
    <message>
        <source>%1 (%2 live, next expires %3)</source>
        <translation>%1（%2 个有效，下一个于 %3 过期）</translation>
    </message>
    <message>
        <source>%1 (none live)</source>
        <translation>%1（无有效）</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Service accounts</source>
        <translation>服务账户</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation>客户端 ID</translation>
    </message>
    <message>
        <source>Secrets</source>
        <translation>密钥</translation>
    </message>
    <message>
        <source>Access list</source>
        <translation>访问列表</translation>
    </message>
    <message>
        <source>Ops Manager instance: global API keys and the global access list</source>
        <translation>Ops Manager 实例：全局 API 密钥和全局访问列表</translation>
    </message>
    <message>
        <source>Global API keys: %1</source>
        <translation>全局 API 密钥：%1</translation>
    </message>
    <message>
        <source>Global access list entries: %1</source>
        <translation>全局访问列表条目：%1</translation>
    </message>
    <message>
        <source>Global access list: not readable (%1)</source>
        <translation>全局访问列表：无法读取（%1）</translation>
    </message>
    <message>
        <source>Global access list</source>
        <translation>全局访问列表</translation>
    </message>
    <message>
        <source>Not readable: %1</source>
        <translation>无法读取：%1</translation>
    </message>
    <message>
        <source>Empty.</source>
        <translation>为空。</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>标识</translation>
    </message>
</context>
<context>
    <name>FallbackSecretStore</name>
    <message>
        <source>The system keyring is not available (%1): the private key is kept for this session only and you will be asked for it next time.</source>
        <translation>系统密钥环不可用（%1）：私钥仅在本次会话中保留，下次会再次询问。</translation>
    </message>
</context>
<context>
    <name>Finding</name>
    <message>
        <source>%1 is an Organization Owner: it can change every key and the organization&apos;s settings.</source>
        <translation>%1 是 Organization Owner：它可以更改所有密钥和组织设置。</translation>
    </message>
    <message>
        <source>%1 is only an Organization Member and is assigned to no project: it can do very little.</source>
        <translation>%1 仅是 Organization Member，且未分配到任何项目：它几乎什么也做不了。</translation>
    </message>
    <message>
        <source>The whitelist of %1 could not be read: %2</source>
        <translation>无法读取 %1 的白名单：%2</translation>
    </message>
    <message>
        <source>%1 has no whitelist; the organization requires one, so the key cannot be used at all.</source>
        <translation>%1 没有白名单；组织要求白名单，因此该密钥完全无法使用。</translation>
    </message>
    <message>
        <source>%1 has no whitelist: it can call the API from any address.</source>
        <translation>%1 没有白名单：它可以从任何地址调用 API。</translation>
    </message>
    <message numerus="yes">
        <source>%1 has never been used from any of its %n whitelist entries.</source>
        <translation>
            <numerusform>%1 从未通过其 %n 个白名单条目中的任何一个被使用过。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 was last used %2 days ago (more than %3).</source>
        <translation>%1 上次使用是在 %2 天前（超过 %3 天）。</translation>
    </message>
    <message>
        <source>%1 on %2 has never been used.</source>
        <translation>%2 上的 %1 从未被使用过。</translation>
    </message>
    <message>
        <source>%1 is listed twice on %2.</source>
        <translation>%1 在 %2 上出现了两次。</translation>
    </message>
    <message>
        <source>%1 on %2 is already covered by %3.</source>
        <translation>%2 上的 %1 已被 %3 覆盖。</translation>
    </message>
    <message>
        <source>info</source>
        <translation>信息</translation>
    </message>
    <message>
        <source>low</source>
        <translation>低</translation>
    </message>
    <message>
        <source>medium</source>
        <translation>中</translation>
    </message>
    <message>
        <source>high</source>
        <translation>高</translation>
    </message>
    <message>
        <source>%1 on %2 is a very broad block (%3 addresses).</source>
        <translation>%2 上的 %1 是一个非常宽的地址块（%3 个地址）。</translation>
    </message>
    <message>
        <source>Require IP Whitelist for Public API was turned off on %1 by %2%3.</source>
        <translation>“Require IP Whitelist for Public API”已于 %1 被 %2%3 关闭。</translation>
    </message>
    <message>
        <source> from %1</source>
        <translation>（来自 %1）</translation>
    </message>
    <message>
        <source>%1 (%2) changed a whitelist from %3 on %4, an address outside every entry of its own whitelist (%5).</source>
        <translation>%1（%2）于 %4 从 %3 更改了白名单，该地址不在其自身白名单的任何条目中（%5）。</translation>
    </message>
    <message>
        <source>%1 (%2) was created on %3 by %4, who is no longer a user of the organization: find who owns it now.</source>
        <translation>%1（%2）由 %4 于 %3 创建，此人已不是组织的用户：请确认现在由谁负责。</translation>
    </message>
    <message>
        <source>%1 on %2 is a broad block (%3 addresses).</source>
        <translation>%2 上的 %1 是一个较宽的地址块(%3 个地址)。</translation>
    </message>
    <message>
        <source>Service account %1 (%2)</source>
        <translation>服务账户 %1（%2）</translation>
    </message>
    <message>
        <source>%1 has no secret: nothing can sign in with it.</source>
        <translation>%1 没有密钥：无法用它登录。</translation>
    </message>
    <message>
        <source>%1 has no unexpired secret: nothing can sign in with it until a new secret is added.</source>
        <translation>%1 没有未过期的密钥：添加新密钥之前无法用它登录。</translation>
    </message>
    <message>
        <source>The secret %1 of %2 expired on %3 and is still in place: delete it.</source>
        <translation>%2 的密钥 %1 已于 %3 过期但仍然存在：请删除它。</translation>
    </message>
    <message numerus="yes">
        <source>The secret %1 of %2 expires on %3, in %n day(s): add a new secret and move its clients over.</source>
        <translation>
            <numerusform>%2 的密钥 %1 将于 %3（%n 天后）过期：请添加新密钥并迁移其客户端。</numerusform>
        </translation>
    </message>
    <message>
        <source>The secret %1 of %2 (created %3) has never been used.</source>
        <translation>%2 的密钥 %1（创建于 %3）从未使用过。</translation>
    </message>
    <message>
        <source>The access list of %1 could not be read: %2</source>
        <translation>无法读取 %1 的访问列表：%2</translation>
    </message>
    <message>
        <source>%1 has no access list; the organization requires one, so its tokens work from no address.</source>
        <translation>%1 没有访问列表；组织要求访问列表，因此其令牌无法从任何地址使用。</translation>
    </message>
    <message>
        <source>%1 has no access list: its tokens work from any address.</source>
        <translation>%1 没有访问列表：其令牌可从任何地址使用。</translation>
    </message>
    <message>
        <source>%1 (%2) is a Global Owner: it can change every organization, every key and the global access list.</source>
        <translation>%1 (%2) 是 Global Owner：它可以更改每个组织、每个密钥以及全局访问列表。</translation>
    </message>
    <message>
        <source>the global access list</source>
        <translation>全局访问列表</translation>
    </message>
    <message>
        <source>The global access list could not be read: %1</source>
        <translation>无法读取全局访问列表：%1</translation>
    </message>
    <message numerus="yes">
        <source>The global access list is empty while %n global key(s) exist: either no address may use them or any may (Ops Manager&apos;s documentation does not say which).</source>
        <translation>
            <numerusform>存在 %n 个全局密钥，但全局访问列表为空：要么没有地址可以使用它们，要么任何地址都可以（Ops Manager 文档未说明是哪一种）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The rotation of %1 (%2) started %n day(s) ago and is not finished: %3.</source>
        <translation>
            <numerusform>%1（%2）的轮换在 %n 天前开始，尚未完成：%3。</numerusform>
        </translation>
    </message>
    <message>
        <source>switch the clients to %1, then finish it</source>
        <translation>请将客户端切换到 %1，然后完成它</translation>
    </message>
    <message>
        <source>resume it, or cancel it</source>
        <translation>请继续或取消它</translation>
    </message>
    <message numerus="yes">
        <source>%1 was created %2, %n day(s) ago: due for rotation (every %3 days). Rotate… makes a new key with the same roles, projects and entries.</source>
        <translation>
            <numerusform>%1 创建于 %2（%n 天前）：应当轮换（每 %3 天）。“轮换密钥…”会创建具有相同角色、项目和条目的新密钥。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 was last used from %2 (through %3), an address none of its entries holds: find out which client that is.</source>
        <translation>%1 最后一次从 %2 使用（通过 %3），这个地址不在它的任何条目中：请查明是哪个客户端。</translation>
    </message>
</context>
<context>
    <name>GlobalAccessEntry</name>
    <message>
        <source>Enter a description: the server requires one (say whose address it is and why it may call).</source>
        <translation>请输入说明：服务器要求填写（说明这是谁的地址以及为何允许其调用）。</translation>
    </message>
</context>
<context>
    <name>HistoryPage</name>
    <message>
        <source>Older snapshot</source>
        <translation>较早的快照</translation>
    </message>
    <message>
        <source>Newer snapshot</source>
        <translation>较新的快照</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>变更</translation>
    </message>
    <message>
        <source>%1 — %2 (%3)</source>
        <translation>%1 — %2（%3）</translation>
    </message>
    <message>
        <source>change made here</source>
        <translation>在此处所做的更改</translation>
    </message>
    <message>
        <source>sync</source>
        <translation>同步</translation>
    </message>
    <message>
        <source>Two syncs are needed to compare.</source>
        <translation>需要两次同步才能比较。</translation>
    </message>
    <message>
        <source>Project %1 added</source>
        <translation>已添加项目 %1</translation>
    </message>
    <message>
        <source>Project %1 removed</source>
        <translation>已删除项目 %1</translation>
    </message>
    <message>
        <source>added</source>
        <translation>已添加</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>已删除</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>已更改</translation>
    </message>
    <message>
        <source>description: %1 → %2</source>
        <translation>描述：%1 → %2</translation>
    </message>
    <message>
        <source>role %1</source>
        <translation>角色 %1</translation>
    </message>
    <message>
        <source>assigned to project %1</source>
        <translation>已分配到项目 %1</translation>
    </message>
    <message>
        <source>unassigned from project %1</source>
        <translation>已从项目 %1 中移除</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) counted</source>
        <translation>
            <numerusform>记录了 %n 次请求</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entry(ies) used for the first time</source>
        <translation>
            <numerusform>%n 个条目首次被使用</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing changed.</source>
        <translation>没有变化。</translation>
    </message>
    <message>
        <source>Reading the snapshots…</source>
        <translation>正在读取快照…</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>从(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>到(&amp;T)：</translation>
    </message>
    <message>
        <source>Require IP Whitelist for Public API: %1 → %2.</source>
        <translation>“Require IP Whitelist for Public API”：%1 → %2。</translation>
    </message>
    <message>
        <source>T&amp;imeline:</source>
        <translation>时间线(&amp;I):</translation>
    </message>
    <message>
        <source>Filter the timeline</source>
        <translation>筛选时间线</translation>
    </message>
    <message>
        <source>Filter by key, kind (created, entry, roles, project, whitelist) or person</source>
        <translation>按密钥、类型（created、entry、roles、project、whitelist）或人员筛选</translation>
    </message>
    <message>
        <source>Timeline of server events and snapshots</source>
        <translation>服务器事件和快照的时间线</translation>
    </message>
    <message>
        <source>incremental sync</source>
        <translation>增量同步</translation>
    </message>
    <message>
        <source>Snapshot %1 stored (%2)</source>
        <translation>已保存快照 %1（%2）</translation>
    </message>
    <message>
        <source>The organization&apos;s events could not be read: %1</source>
        <translation>无法读取组织的事件：%1</translation>
    </message>
    <message>
        <source>Snapshot %1 is no longer kept: the cache keeps the most recent snapshots of each organization. Pick two that are listed.</source>
        <translation>快照 %1 已不再保留：缓存只保留每个组织最近的快照。请选择列表中的两个。</translation>
    </message>
    <message>
        <source>%1, unchanged until %2</source>
        <translation>%1，至 %2 无变化</translation>
    </message>
    <message>
        <source>no event since the one before</source>
        <translation>自上一个以来没有事件</translation>
    </message>
    <message numerus="yes">
        <source>%n key(s) created</source>
        <translation>
            <numerusform>创建了 %n 个密钥</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n key(s) deleted</source>
        <translation>
            <numerusform>删除了 %n 个密钥</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entry(ies) added</source>
        <translation>
            <numerusform>添加了 %n 个条目</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entry(ies) removed</source>
        <translation>
            <numerusform>删除了 %n 个条目</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n other change(s)</source>
        <translation>
            <numerusform>其他 %n 项更改</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>name: %1 → %2</source>
        <translation>名称：%1 → %2</translation>
    </message>
    <message>
        <source>secret %1</source>
        <translation>密钥 %1</translation>
    </message>
    <message>
        <source>service account %1</source>
        <translation>服务账户 %1</translation>
    </message>
    <message>
        <source>Global access list: %1 added</source>
        <translation>全局访问列表：已添加 %1</translation>
    </message>
    <message>
        <source>Global access list: %1 removed</source>
        <translation>全局访问列表：已移除 %1</translation>
    </message>
    <message>
        <source>Global access list: %1</source>
        <translation>全局访问列表：%1</translation>
    </message>
</context>
<context>
    <name>InstancePage</name>
    <message>
        <source>What this connection may do</source>
        <translation>此连接可以执行的操作</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>消息</translation>
    </message>
    <message>
        <source>&lt;b&gt;Global API keys&lt;/b&gt;</source>
        <translation>&lt;b&gt;全局 API 密钥&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&amp;Create global key…</source>
        <translation>创建全局密钥(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Edit key…</source>
        <translation>编辑密钥(&amp;E)…</translation>
    </message>
    <message>
        <source>Its description and global roles</source>
        <translation>其说明和全局角色</translation>
    </message>
    <message>
        <source>&amp;Delete key…</source>
        <translation>删除密钥(&amp;D)…</translation>
    </message>
    <message>
        <source>Global API keys</source>
        <translation>全局 API 密钥</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <source>Public key</source>
        <translation>公钥</translation>
    </message>
    <message>
        <source>Private key</source>
        <translation>私钥</translation>
    </message>
    <message>
        <source>Global roles</source>
        <translation>全局角色</translation>
    </message>
    <message>
        <source>&lt;b&gt;Global access list&lt;/b&gt; — the addresses from which the instance accepts calls made with a global key. Changes can take up to an hour to apply on the server.</source>
        <translation>&lt;b&gt;全局访问列表&lt;/b&gt; — 实例接受使用全局密钥调用的地址。更改在服务器上生效最多可能需要一小时。</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>地址(&amp;A)：</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>IPv4 or IPv6 address, or CIDR block (203.0.113.0/24)</source>
        <translation>IPv4 或 IPv6 地址，或 CIDR 地址块（203.0.113.0/24）</translation>
    </message>
    <message>
        <source>&amp;My current address</source>
        <translation>我的当前地址(&amp;M)</translation>
    </message>
    <message>
        <source>The address this computer uses to reach the server (behind NAT or a proxy the server sees another one)</source>
        <translation>本机连接服务器所用的地址（在 NAT 或代理之后，服务器看到的是另一个地址）</translation>
    </message>
    <message>
        <source>Descri&amp;ption:</source>
        <translation>说明(&amp;P)：</translation>
    </message>
    <message>
        <source>Entry description</source>
        <translation>条目说明</translation>
    </message>
    <message>
        <source>Whose address it is and why it may call (required)</source>
        <translation>这是谁的地址以及为何允许其调用（必填）</translation>
    </message>
    <message>
        <source>&amp;Save description</source>
        <translation>保存说明(&amp;S)</translation>
    </message>
    <message>
        <source>Give the entry picked below this description</source>
        <translation>为下方选中的条目设置此说明</translation>
    </message>
    <message>
        <source>&amp;Remove entry…</source>
        <translation>移除条目(&amp;R)…</translation>
    </message>
    <message>
        <source>Entry problem</source>
        <translation>条目问题</translation>
    </message>
    <message>
        <source>Global access list</source>
        <translation>全局访问列表</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>添加时间</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>更改时间</translation>
    </message>
    <message>
        <source>Nothing cached for the instance yet: sync it (F5).</source>
        <translation>实例尚无缓存：请同步（F5）。</translation>
    </message>
    <message>
        <source>(this console)</source>
        <translation>（本控制台）</translation>
    </message>
    <message>
        <source>Key ID %1</source>
        <translation>密钥 ID %1</translation>
    </message>
    <message>
        <source>Masked: the server shows it only once</source>
        <translation>已遮盖：服务器只显示一次</translation>
    </message>
    <message>
        <source>Entry ID %1 (%2)</source>
        <translation>条目 ID %1（%2）</translation>
    </message>
    <message>
        <source>&lt;b&gt;Global API keys&lt;/b&gt; (%1)</source>
        <translation>&lt;b&gt;全局 API 密钥&lt;/b&gt;（%1）</translation>
    </message>
    <message>
        <source>&lt;b&gt;Global API keys&lt;/b&gt; — not readable: %1</source>
        <translation>&lt;b&gt;全局 API 密钥&lt;/b&gt; — 无法读取：%1</translation>
    </message>
    <message>
        <source>The global access list could not be read: %1</source>
        <translation>无法读取全局访问列表：%1</translation>
    </message>
    <message>
        <source>The global access list is empty: no address is allowed to call with a global key (Ops Manager&apos;s documentation does not say whether an empty list means none or any).</source>
        <translation>全局访问列表为空：任何地址都不能使用全局密钥调用（Ops Manager 文档未说明空列表表示不允许还是全部允许）。</translation>
    </message>
    <message numerus="yes">
        <source>%n entry(ies).</source>
        <translation>
            <numerusform>%n 个条目。</numerusform>
        </translation>
    </message>
    <message>
        <source>Offline: the instance as last synced. Changes are disabled.</source>
        <translation>离线：显示上次同步时的实例。更改已禁用。</translation>
    </message>
    <message>
        <source>This connection holds Global Owner: it may change the global keys and the global access list.</source>
        <translation>此连接拥有 Global Owner：可以更改全局密钥和全局访问列表。</translation>
    </message>
    <message>
        <source>Read only: changing global keys and the global access list needs Global Owner; this connection holds %1.</source>
        <translation>只读：更改全局密钥和全局访问列表需要 Global Owner；此连接拥有 %1。</translation>
    </message>
    <message>
        <source>no global role</source>
        <translation>无全局角色</translation>
    </message>
    <message>
        <source>Read only until the server says who this connection is.</source>
        <translation>在服务器确认此连接的身份之前为只读。</translation>
    </message>
    <message>
        <source>Did you mean %1?</source>
        <translation>您是指 %1 吗？</translation>
    </message>
    <message>
        <source>%1 is already on the global access list (%2).</source>
        <translation>%1 已在全局访问列表中 (%2)。</translation>
    </message>
    <message>
        <source>%1 is a broad block: every global key could be used from any address in it.</source>
        <translation>%1 是一个宽泛的地址块：任何全局密钥都可以从其中的任何地址使用。</translation>
    </message>
    <message>
        <source>This computer (added from API Access Console)</source>
        <translation>本机（从 API Access Console 添加）</translation>
    </message>
    <message>
        <source>Could not find this computer&apos;s address: %1</source>
        <translation>无法确定本机地址：%1</translation>
    </message>
    <message>
        <source>the server did not answer in time</source>
        <translation>服务器未及时响应</translation>
    </message>
    <message>
        <source>Created the global key %1 (%2). Add its clients&apos; addresses to the global access list below.</source>
        <translation>已创建全局密钥 %1（%2）。请将其客户端的地址添加到下方的全局访问列表。</translation>
    </message>
    <message>
        <source>Edit global API key %1</source>
        <translation>编辑全局 API 密钥 %1</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>已保存 %1。</translation>
    </message>
    <message>
        <source>Delete the global API key %1? Every client using it is refused at once; this cannot be undone.</source>
        <translation>删除全局 API 密钥 %1？所有使用它的客户端将立即被拒绝；此操作无法撤销。</translation>
    </message>
    <message>
        <source>This console is connected with this key. Deleting it locks this console out at once: connect with another key to go on.</source>
        <translation>本控制台正使用此密钥连接。删除它会立即将本控制台锁在外面：请使用另一个密钥连接以继续。</translation>
    </message>
    <message>
        <source>Delete global key?</source>
        <translation>删除全局密钥？</translation>
    </message>
    <message>
        <source>Delete and lock this console out</source>
        <translation>删除并锁定本控制台</translation>
    </message>
    <message>
        <source>Delete key</source>
        <translation>删除密钥</translation>
    </message>
    <message>
        <source>Deleted %1.</source>
        <translation>已删除 %1。</translation>
    </message>
    <message>
        <source>Not deleted. %1</source>
        <translation>未删除。%1</translation>
    </message>
    <message>
        <source>%1 was not added. %2</source>
        <translation>%1 未添加。%2</translation>
    </message>
    <message>
        <source>Added %1 to the global access list. The server may take up to an hour to apply it.</source>
        <translation>已将 %1 添加到全局访问列表。服务器可能需要最多一小时才能生效。</translation>
    </message>
    <message>
        <source>Saved the description of %1.</source>
        <translation>已保存 %1 的说明。</translation>
    </message>
    <message>
        <source>Not saved. %1</source>
        <translation>未保存。%1</translation>
    </message>
    <message>
        <source>Remove %1 (%2) from the global access list? Global keys are then refused from there.</source>
        <translation>从全局访问列表中移除 %1（%2）？之后来自该处的全局密钥调用将被拒绝。</translation>
    </message>
    <message>
        <source>This console calls with a global key from %1, and no other entry covers it: once the server applies the change, it refuses this console.</source>
        <translation>本控制台从 %1 使用全局密钥调用，且没有其他条目覆盖该地址：服务器应用更改后将拒绝本控制台。</translation>
    </message>
    <message>
        <source>This console calls with a global key; use “My current address” first to have it check that this entry is not the one letting it in.</source>
        <translation>本控制台使用全局密钥调用；请先用“我的当前地址”检查放行本控制台的不是这个条目。</translation>
    </message>
    <message>
        <source>It is the last entry: no address will be on the global access list.</source>
        <translation>这是最后一个条目：全局访问列表中将不再有任何地址。</translation>
    </message>
    <message>
        <source>Remove global access list entry?</source>
        <translation>移除全局访问列表条目？</translation>
    </message>
    <message>
        <source>Remove and lock this console out</source>
        <translation>移除并将本控制台锁在外面</translation>
    </message>
    <message>
        <source>Remove entry</source>
        <translation>移除条目</translation>
    </message>
    <message>
        <source>Removed %1 from the global access list.</source>
        <translation>已从全局访问列表中移除 %1。</translation>
    </message>
    <message>
        <source>Not removed. %1</source>
        <translation>未移除。%1</translation>
    </message>
    <message>
        <source>Add e&amp;ntry</source>
        <translation>添加条目(&amp;N)</translation>
    </message>
</context>
<context>
    <name>IpBlock</name>
    <message>
        <source>“%1” is a hexadecimal number; write each part of an IPv4 address as a decimal number from 0 to 255.</source>
        <translation>“%1”是十六进制数；IPv4 地址的每一段请写成 0 到 255 的十进制数。</translation>
    </message>
    <message>
        <source>“%1” is not allowed in an IPv4 address.</source>
        <translation>IPv4 地址中不允许出现“%1”。</translation>
    </message>
    <message>
        <source>“%1” is a single number, not an address; write four parts such as 192.0.2.1.</source>
        <translation>“%1”只是一个数字，不是地址；请写成四段，例如 192.0.2.1。</translation>
    </message>
    <message>
        <source>An IPv4 address has an empty part between dots.</source>
        <translation>IPv4 地址的两个点之间有空段。</translation>
    </message>
    <message>
        <source>An IPv4 address has four parts separated by dots; this one has %1.</source>
        <translation>IPv4 地址由点分隔的四段组成；此地址有 %1 段。</translation>
    </message>
    <message>
        <source>“%1” has a leading zero, which some tools read as octal; write %2.</source>
        <translation>“%1”有前导零，有些工具会将其读作八进制；请写成 %2。</translation>
    </message>
    <message>
        <source>%1 is larger than 255, the largest value of each part of an IPv4 address.</source>
        <translation>%1 大于 255，而 255 是 IPv4 地址每一段的最大值。</translation>
    </message>
    <message>
        <source>“%1” is not allowed in an IPv6 address.</source>
        <translation>IPv6 地址中不允许出现“%1”。</translation>
    </message>
    <message>
        <source>“%1” is not a valid IPv6 address.</source>
        <translation>“%1”不是有效的 IPv6 地址。</translation>
    </message>
    <message>
        <source>Enter an IP address or a CIDR block.</source>
        <translation>请输入 IP 地址或 CIDR 地址块。</translation>
    </message>
    <message>
        <source>Remove the space inside the address.</source>
        <translation>请删除地址中的空格。</translation>
    </message>
    <message>
        <source>“%1” is not one of the digits 0–9; type the address with plain digits.</source>
        <translation>“%1”不是数字 0–9；请用普通数字输入地址。</translation>
    </message>
    <message>
        <source>“%1” is not allowed in an IP address.</source>
        <translation>IP 地址中不允许出现“%1”。</translation>
    </message>
    <message>
        <source>Use at most one “/” (address/prefix length).</source>
        <translation>最多使用一个“/”（地址/前缀长度）。</translation>
    </message>
    <message>
        <source>The address before “/” is missing.</source>
        <translation>缺少“/”前面的地址。</translation>
    </message>
    <message>
        <source>Remove the “%1” sign before the address.</source>
        <translation>请删除地址前的“%1”符号。</translation>
    </message>
    <message>
        <source>Zone IDs such as “%1” are not allowed; remove the part from “%”.</source>
        <translation>不允许使用“%1”这样的区域 ID；请删除从“%”开始的部分。</translation>
    </message>
    <message>
        <source>The prefix length after “/” is missing.</source>
        <translation>缺少“/”后面的前缀长度。</translation>
    </message>
    <message>
        <source>Remove the “%1” sign from the prefix length.</source>
        <translation>请删除前缀长度中的“%1”符号。</translation>
    </message>
    <message>
        <source>The prefix length after “/” must be a whole number from 0 to %1.</source>
        <translation>“/”后面的前缀长度必须是 0 到 %1 的整数。</translation>
    </message>
    <message>
        <source>Write the prefix length without a leading zero (/%1).</source>
        <translation>前缀长度请不要带前导零（/%1）。</translation>
    </message>
    <message>
        <source>/%1 is too long for IPv4: the prefix length is 0 to 32.</source>
        <translation>/%1 对 IPv4 来说太长：前缀长度为 0 到 32。</translation>
    </message>
    <message>
        <source>/%1 is too long for IPv6: the prefix length is 0 to 128.</source>
        <translation>/%1 对 IPv6 来说太长：前缀长度为 0 到 128。</translation>
    </message>
    <message>
        <source>%1/%2 has host bits set; the block starts at %3. Did you mean %3?</source>
        <translation>%1/%2 设置了主机位；该地址块从 %3 开始。你是指 %3 吗？</translation>
    </message>
    <message>
        <source>This is %1 characters long; an IP address or CIDR block has at most 49. Check what was pasted.</source>
        <translation>这有 %1 个字符；IP 地址或 CIDR 地址块最多 49 个字符。请检查粘贴的内容。</translation>
    </message>
    <message>
        <source>The address contains an invisible character (U+%1); type it again instead of pasting it.</source>
        <translation>地址包含不可见字符（U+%1）；请重新输入，而不是粘贴。</translation>
    </message>
</context>
<context>
    <name>JsonReader</name>
    <message>
        <source>%1: a role has exactly one of orgId and groupId</source>
        <translation>%1：角色必须恰好具有 orgId 和 groupId 之一</translation>
    </message>
    <message>
        <source>%1: expected an object, found %2</source>
        <translation>%1：应为对象，实际为 %2</translation>
    </message>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>a boolean</source>
        <translation>布尔值</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>数字</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>字符串</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>数组</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>空值</translation>
    </message>
    <message>
        <source>%1: required field is missing</source>
        <translation>%1：缺少必填字段</translation>
    </message>
    <message>
        <source>%1: expected %2, found %3</source>
        <translation>%1：应为 %2，实际为 %3</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>整数</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true 或 false</translation>
    </message>
    <message>
        <source>a date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>%1: “%2” is not an ISO-8601 date</source>
        <translation>%1：“%2”不是 ISO-8601 日期</translation>
    </message>
    <message>
        <source>%1: roles must be strings</source>
        <translation>%1：角色必须是字符串</translation>
    </message>
</context>
<context>
    <name>KeyRotation</name>
    <message>
        <source>Key %1 is not in the organization as last synced: sync, then try again.</source>
        <translation>密钥 %1 不在上次同步的组织中：请同步后重试。</translation>
    </message>
    <message>
        <source>The access list of key %1 could not be read, so it cannot be copied: sync with an Organization Owner key first.</source>
        <translation>无法读取密钥 %1 的访问列表，因此无法复制：请先用 Organization Owner 密钥同步。</translation>
    </message>
    <message>
        <source>Key %1 is already being rotated: resume or cancel that rotation.</source>
        <translation>密钥 %1 已在轮换中：请继续或取消该轮换。</translation>
    </message>
    <message>
        <source>The new key needs at least one organization role.</source>
        <translation>新密钥至少需要一个组织角色。</translation>
    </message>
    <message>
        <source>Creating the new key failed: %1 If the server made it anyway, resuming finds and removes it before creating another.</source>
        <translation>创建新密钥失败：%1 如果服务器仍然创建了它，继续时会先找到并删除它，再创建另一个。</translation>
    </message>
    <message>
        <source>Reading the new key %1 back failed: %2</source>
        <translation>回读新密钥 %1 失败：%2</translation>
    </message>
    <message>
        <source>Reading the access list of the new key %1 failed: %2</source>
        <translation>读取新密钥 %1 的访问列表失败：%2</translation>
    </message>
    <message>
        <source>setting its organization roles</source>
        <translation>设置其组织角色</translation>
    </message>
    <message>
        <source>adding it to project %1</source>
        <translation>将其添加到项目 %1</translation>
    </message>
    <message numerus="yes">
        <source>adding %n access-list entry(s)</source>
        <translation>
            <numerusform>添加 %n 个访问列表条目</numerusform>
        </translation>
    </message>
    <message>
        <source>The new key %1 exists, but %2 failed: %3 Resume to copy what it still lacks (nothing is copied twice).</source>
        <translation>新密钥 %1 已存在，但 %2 失败：%3 继续即可复制它仍缺少的内容（不会重复复制）。</translation>
    </message>
    <message>
        <source>The new key %1 differs from the plan: %2. Resume to copy what it lacks.</source>
        <translation>新密钥 %1 与计划不同：%2。继续即可复制缺少的内容。</translation>
    </message>
    <message>
        <source>Listing the organization&apos;s keys failed: %1</source>
        <translation>列出组织的密钥失败：%1</translation>
    </message>
    <message>
        <source>removing key %1, created by a request whose answer was lost</source>
        <translation>删除由应答丢失的请求创建的密钥 %1</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 失败：%2</translation>
    </message>
    <message>
        <source>No rotation of key %1 is in progress.</source>
        <translation>密钥 %1 没有正在进行的轮换。</translation>
    </message>
    <message>
        <source>The new key does not equal the plan yet (%1): resume the rotation first.</source>
        <translation>新密钥尚未与计划一致（%1）：请先继续轮换。</translation>
    </message>
    <message>
        <source>This console signs in with the old key %1: deleting it would lock the console out. Connect with the new key %2 first, then finish.</source>
        <translation>此控制台使用旧密钥 %1 登录：删除它会把控制台锁在外面。请先用新密钥 %2 连接，然后再完成。</translation>
    </message>
    <message>
        <source>Deleting the old key %1 failed: %2 Both keys exist; finish again.</source>
        <translation>删除旧密钥 %1 失败：%2 两个密钥都存在；请再次完成。</translation>
    </message>
    <message>
        <source>This console signs in with the new key %1: deleting it would lock the console out. Connect with another key first, then cancel.</source>
        <translation>此控制台使用新密钥 %1 登录：删除它会把控制台锁在外面。请先用其他密钥连接，然后再取消。</translation>
    </message>
    <message>
        <source>Deleting the new key %1 failed: %2 Cancel again.</source>
        <translation>删除新密钥 %1 失败：%2 请再次取消。</translation>
    </message>
</context>
<context>
    <name>KeychainSecretStore</name>
    <message>
        <source>the system keyring</source>
        <translation>系统密钥环</translation>
    </message>
    <message>
        <source>The system keyring is not available (%1).</source>
        <translation>系统密钥环不可用（%1）。</translation>
    </message>
    <message>
        <source>The system keyring refused: %1</source>
        <translation>系统密钥环拒绝了请求：%1</translation>
    </message>
</context>
<context>
    <name>LockoutCheck</name>
    <message>
        <source>The key this console uses has an entry covering %1, the address the server last saw it call from.</source>
        <translation>本控制台使用的密钥有一个条目覆盖 %1，即服务器最后一次看到它调用时的地址。</translation>
    </message>
    <message>
        <source>The key this console uses has no entry covering %1, the address the server last saw it call from: after the change this console would be refused. Add %1 to its whitelist first.</source>
        <translation>本控制台使用的密钥没有覆盖 %1（服务器最后一次看到它调用时的地址）的条目：更改后本控制台将被拒绝。请先将 %1 添加到其白名单。</translation>
    </message>
    <message>
        <source>The key this console uses has no whitelist: after the change this console could not call the API any more, not even to undo it. Add your address to its whitelist first.</source>
        <translation>本控制台使用的密钥没有白名单：更改后本控制台将无法再调用 API，甚至无法撤销更改。请先将你的地址添加到其白名单。</translation>
    </message>
    <message>
        <source>The server has not yet said which address it sees this console calling from, so it is not known whether the console&apos;s key stays usable.</source>
        <translation>服务器尚未报告它看到本控制台从哪个地址调用，因此无法确定控制台的密钥之后是否仍可使用。</translation>
    </message>
    <message>
        <source>The key this console uses is not one of this organization&apos;s API keys; check its whitelist separately.</source>
        <translation>本控制台使用的密钥不是此组织的 API 密钥；请单独检查其白名单。</translation>
    </message>
    <message>
        <source>The service account this console signs in as has an access-list entry covering %1, the address the server last saw it call from.</source>
        <translation>此控制台登录所用的服务账户有一个覆盖 %1 的访问列表条目，即服务器最后看到它调用的地址。</translation>
    </message>
    <message>
        <source>The service account this console signs in as has no access-list entry covering %1, the address the server last saw it call from: after the change its tokens would be refused here. Add %1 to its access list first.</source>
        <translation>此控制台登录所用的服务账户没有覆盖 %1（服务器最后看到它调用的地址）的访问列表条目：更改后其令牌在此处将被拒绝。请先将 %1 添加到其访问列表。</translation>
    </message>
    <message>
        <source>The service account this console signs in as has no access list: after the change this console could not call the API any more, not even to undo it. Add your address to its access list first.</source>
        <translation>此控制台登录所用的服务账户没有访问列表：更改后此控制台将无法再调用 API，连撤销都不行。请先将您的地址添加到其访问列表。</translation>
    </message>
    <message>
        <source>The server has not yet said which address it sees this console calling from, so it is not known whether the service account&apos;s tokens stay usable.</source>
        <translation>服务器尚未告知它看到此控制台从哪个地址调用，因此无法确定服务账户的令牌是否仍可使用。</translation>
    </message>
</context>
<context>
    <name>LockoutDialog</name>
    <message>
        <source>Require a whitelist for %1?</source>
        <translation>要求 %1 使用白名单？</translation>
    </message>
    <message>
        <source>Once this is on, every API key of %1 needs at least one whitelist entry, and every call must come from a listed address.</source>
        <translation>启用后，%1 的每个 API 密钥都至少需要一个白名单条目，并且每次调用都必须来自列出的地址。</translation>
    </message>
    <message>
        <source>Warning: this console would lock itself out.</source>
        <translation>警告：本控制台会把自己锁在门外。</translation>
    </message>
    <message>
        <source>This console:</source>
        <translation>本控制台：</translation>
    </message>
    <message numerus="yes">
        <source>%n key(s) have no whitelist and will lose all API access:</source>
        <translation>
            <numerusform>%n 个密钥没有白名单，将失去所有 API 访问权限：</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n key(s) have entries none of which was ever used; they may be calling from elsewhere:</source>
        <translation>
            <numerusform>%n 个密钥的条目从未被使用过；它们可能从别处调用：</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n key(s) have a whitelist this console may not read, so they could not be checked:</source>
        <translation>
            <numerusform>%n 个密钥的白名单本控制台无权读取，因此无法检查：</numerusform>
        </translation>
    </message>
    <message>
        <source>Every key has a whitelist that has been used.</source>
        <translation>每个密钥都有已被使用过的白名单。</translation>
    </message>
    <message>
        <source>Lock-out check</source>
        <translation>锁定检查</translation>
    </message>
    <message>
        <source>I have read this and want to require a whitelist</source>
        <translation>我已阅读以上内容，要求使用白名单</translation>
    </message>
    <message>
        <source>Require whitelist</source>
        <translation>要求白名单</translation>
    </message>
    <message>
        <source>Open the web console</source>
        <translation>打开 Web 控制台</translation>
    </message>
    <message numerus="yes">
        <source>%n service account(s) have no access list: their tokens will stop working:</source>
        <translation>
            <numerusform>%n 个服务账户没有访问列表：其令牌将停止工作：</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n service account(s) have access-list entries none of which was ever used; they may be calling from elsewhere:</source>
        <translation>
            <numerusform>%n 个服务账户的访问列表条目从未被使用；它们可能从其他地方调用：</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n service account(s) have an access list this console may not read, so they could not be checked:</source>
        <translation>
            <numerusform>%n 个服务账户的访问列表此控制台无权读取，因此无法检查：</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>API Access Console</source>
        <translation>API Access Console</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>服务器</translation>
    </message>
    <message>
        <source>API key in use</source>
        <translation>正在使用的 API 密钥</translation>
    </message>
    <message>
        <source>Last sync</source>
        <translation>上次同步</translation>
    </message>
    <message>
        <source>Sync progress</source>
        <translation>同步进度</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>离线</translation>
    </message>
    <message>
        <source>Sync problem</source>
        <translation>同步问题</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>连接</translation>
    </message>
    <message>
        <source>The server this window talks to: the built-in demo or a saved connection</source>
        <translation>此窗口连接的服务器：内置演示或已保存的连接</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>通知</translation>
    </message>
    <message>
        <source>&amp;Connection</source>
        <translation>连接(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;New connection…</source>
        <translation>新建连接(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Edit this connection…</source>
        <translation>编辑此连接(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Remove this connection…</source>
        <translation>删除此连接(&amp;R)…</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>未连接</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>设置(&amp;S)</translation>
    </message>
    <message>
        <source>API &amp;Keys</source>
        <translation>API 密钥(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Address check</source>
        <translation>地址检查(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Report</source>
        <translation>报告(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>历史(&amp;H)</translation>
    </message>
    <message>
        <source>My &amp;whitelist (personal API key)…</source>
        <translation>我的白名单（个人 API 密钥）(&amp;W)…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>导出(&amp;E)…</translation>
    </message>
    <message>
        <source>Export organization</source>
        <translation>导出组织</translation>
    </message>
    <message>
        <source>PDF report (*.pdf);;HTML report (*.html);;Markdown report (*.md);;JSON (*.json);;CSV (*.csv)</source>
        <translation>PDF 报告 (*.pdf);;HTML 报告 (*.html);;Markdown 报告 (*.md);;JSON (*.json);;CSV (*.csv)</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>已导出到 %1</translation>
    </message>
    <message>
        <source>&amp;Sync</source>
        <translation>同步(&amp;Y)</translation>
    </message>
    <message>
        <source>Key: %1 (%2)</source>
        <translation>密钥：%1（%2）</translation>
    </message>
    <message>
        <source>Key: %1</source>
        <translation>密钥：%1</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>主题(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;System</source>
        <translation>系统(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>浅色(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>深色(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>系统语言</translation>
    </message>
    <message>
        <source>The language changes at the next start.</source>
        <translation>语言将在下次启动时更改。</translation>
    </message>
    <message>
        <source>Demo server</source>
        <translation>演示服务器</translation>
    </message>
    <message>
        <source>never</source>
        <translation>从未</translation>
    </message>
    <message>
        <source>Last synced: %1</source>
        <translation>上次同步：%1</translation>
    </message>
    <message>
        <source>Working offline — showing the data as last synced (%1). Nothing is sent to the server and changes are disabled; switch to the connection again to go online.</source>
        <translation>离线工作 — 显示上次同步的数据（%1）。不会向服务器发送任何内容，更改已禁用；重新选择该连接即可联机。</translation>
    </message>
    <message>
        <source>Offline — showing the data as last synced (%1). Changes are disabled until the server answers again; the console keeps trying.</source>
        <translation>离线 — 显示上次同步的数据（%1）。在服务器再次响应之前更改已禁用；控制台会持续重试。</translation>
    </message>
    <message>
        <source>Nothing cached for this organization yet: sync it (F5).</source>
        <translation>此组织尚无缓存：请同步（F5）。</translation>
    </message>
    <message>
        <source>Choose a file ending in .pdf, .html, .md, .json or .csv.</source>
        <translation>请选择以 .pdf、.html、.md、.json 或 .csv 结尾的文件。</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>无法写入 %1。</translation>
    </message>
    <message>
        <source>Read every whitelist &amp;every</source>
        <translation>读取所有白名单的间隔(&amp;E)</translation>
    </message>
    <message>
        <source>Sync &amp;Everything</source>
        <translation>全部同步(&amp;E)</translation>
    </message>
    <message>
        <source>Read every key&apos;s whitelist, not only those the organization&apos;s events name</source>
        <translation>读取每个密钥的白名单，而不仅是事件提到的密钥</translation>
    </message>
    <message>
        <source>&amp;Hour</source>
        <translation>1 小时(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;6 hours</source>
        <translation>6 小时(&amp;6)</translation>
    </message>
    <message>
        <source>&amp;Day</source>
        <translation>1 天(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Week</source>
        <translation>1 周(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Never (only when asked)</source>
        <translation>从不（仅在请求时）(&amp;N)</translation>
    </message>
    <message>
        <source>Exporting to %1…</source>
        <translation>正在导出到 %1…</translation>
    </message>
    <message>
        <source>S&amp;ervice accounts</source>
        <translation>服务账户(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Global keys</source>
        <translation>全局密钥(&amp;G)</translation>
    </message>
    <message>
        <source>Ops Manager instance</source>
        <translation>Ops Manager 实例</translation>
    </message>
    <message>
        <source>Demo server (Atlas)</source>
        <translation>演示服务器（Atlas）</translation>
    </message>
    <message>
        <source>(removed)</source>
        <translation>（已删除）</translation>
    </message>
    <message>
        <source>Someone changed this note meanwhile; theirs is shown: “%1”. Yours was not saved: “%2” — edit the note again to replace theirs.</source>
        <translation>有人在此期间更改了这条备注；显示的是对方的版本：“%1”。您的版本未保存：“%2”——请再次编辑备注以替换。</translation>
    </message>
    <message>
        <source>Updated from the team store (written by %1).</source>
        <translation>已从团队存储更新（由 %1 写入）。</translation>
    </message>
    <message>
        <source>Last synced: %1 by %2</source>
        <translation>最后同步：%1，由 %2</translation>
    </message>
    <message>
        <source>Review only — %1 Nothing is synced or changed from this console; the data is as the store holds it (%2).</source>
        <translation>仅供查看——%1 此控制台不同步也不更改任何内容；数据为存储中的内容（%2）。</translation>
    </message>
    <message>
        <source>The team store answers again; everything kept meanwhile is written.</source>
        <translation>团队存储已恢复响应；期间保留的内容均已写入。</translation>
    </message>
</context>
<context>
    <name>MemorySecretStore</name>
    <message>
        <source>this session only (the key is forgotten when the console closes)</source>
        <translation>仅本次会话（关闭控制台后忘记密钥）</translation>
    </message>
</context>
<context>
    <name>NewSecretDialog</name>
    <message>
        <source>&amp;Expires after:</source>
        <translation>有效期(&amp;E)：</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source>The new secret expires after this many days</source>
        <translation>新密钥在这么多天后过期</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Add secret</source>
        <translation>添加密钥</translation>
    </message>
    <message>
        <source>&lt;b&gt;Copy the secret now.&lt;/b&gt; The server shows it this once; it cannot be shown again. Whoever has it and the client ID can call the API with this account&apos;s roles.</source>
        <translation>&lt;b&gt;请立即复制密钥。&lt;/b&gt; 服务器只显示这一次，之后无法再次显示。任何拥有它和客户端 ID 的人都能以此账户的角色调用 API。</translation>
    </message>
    <message>
        <source>Client secret</source>
        <translation>客户端密钥</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>显示(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <source>I have copied the secret and stored it safely</source>
        <translation>我已复制密钥并妥善保存</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>New secret for %1</source>
        <translation>%1 的新密钥</translation>
    </message>
    <message>
        <source>A new secret for &lt;b&gt;%1&lt;/b&gt; (&lt;code&gt;%2&lt;/code&gt;). Clients then sign in with the client ID and this secret.</source>
        <translation>为 &lt;b&gt;%1&lt;/b&gt;（&lt;code&gt;%2&lt;/code&gt;）创建新密钥。客户端随后使用客户端 ID 和此密钥登录。</translation>
    </message>
    <message>
        <source>⚠ The secret %1 now expires on %2. Adding this one cuts it to seven days: it will expire on &lt;b&gt;%3&lt;/b&gt;. Move its clients to the new secret before then.</source>
        <translation>⚠ 密钥 %1 目前于 %2 过期。添加此密钥会将其缩短为七天：它将于 &lt;b&gt;%3&lt;/b&gt; 过期。请在此之前将其客户端迁移到新密钥。</translation>
    </message>
    <message>
        <source>The secret %1 keeps its expiry, %2 (less than seven days away).</source>
        <translation>密钥 %1 保持其过期时间 %2（不到七天）。</translation>
    </message>
    <message>
        <source>&amp;Copied</source>
        <translation>已复制(&amp;C)</translation>
    </message>
    <message>
        <source>It expires on %1.</source>
        <translation>它将于 %1 过期。</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>What signs in with it, e.g. “ci-deployer”</source>
        <translation>用它登录的对象，例如“ci-deployer”</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>描述(&amp;D)：</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <source>&amp;Roles:</source>
        <translation>角色(&amp;R)：</translation>
    </message>
    <message>
        <source>Organization roles</source>
        <translation>组织角色</translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation>客户端 ID</translation>
    </message>
    <message>
        <source>New service account</source>
        <translation>新建服务账户</translation>
    </message>
    <message>
        <source>Create account</source>
        <translation>创建账户</translation>
    </message>
    <message>
        <source>A service account signs in with its client ID and a secret (OAuth client credentials) instead of a key pair. Its secrets expire; it has its own access list.</source>
        <translation>服务账户使用其客户端 ID 和密钥（OAuth 客户端凭据）而非密钥对登录。其密钥会过期；它有自己的访问列表。</translation>
    </message>
    <message>
        <source>Give the account a name.</source>
        <translation>请为账户命名。</translation>
    </message>
    <message>
        <source>The name has %1 characters; at most %2 are allowed.</source>
        <translation>名称有 %1 个字符；最多允许 %2 个。</translation>
    </message>
    <message>
        <source>Say what the account is for: the server requires a description.</source>
        <translation>请说明账户用途：服务器要求填写描述。</translation>
    </message>
    <message>
        <source>The description has %1 characters; at most %2 are allowed.</source>
        <translation>描述有 %1 个字符；最多允许 %2 个。</translation>
    </message>
    <message>
        <source>Choose at least one role.</source>
        <translation>请至少选择一个角色。</translation>
    </message>
</context>
<context>
    <name>OrgSettings</name>
    <message>
        <source>The setting has not been read from the server yet.</source>
        <translation>尚未从服务器读取该设置。</translation>
    </message>
    <message>
        <source>The API key in use may not read the organization&apos;s settings.</source>
        <translation>正在使用的 API 密钥无权读取组织设置。</translation>
    </message>
    <message>
        <source>The server accepted the change without saying the new value; the next sync reads it.</source>
        <translation>服务器已接受更改，但未给出新值；下一次同步会读取它。</translation>
    </message>
    <message>
        <source>on</source>
        <translation>开启</translation>
    </message>
    <message>
        <source>off</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>On — the server refused a request with ORG_REQUIRES_ACCESS_LIST, which it does only while the requirement is on.</source>
        <translation>开启 — 服务器以 ORG_REQUIRES_ACCESS_LIST 拒绝了请求，只有在此要求开启时才会这样。</translation>
    </message>
    <message>
        <source>%1 from %2</source>
        <translation>%1（来自 %2）</translation>
    </message>
    <message>
        <source>On since %1, turned on by %2 — from the organization&apos;s events.</source>
        <translation>自 %1 起开启，由 %2 开启 — 来自组织的事件。</translation>
    </message>
    <message>
        <source>Off since %1, turned off by %2 — from the organization&apos;s events.</source>
        <translation>自 %1 起关闭，由 %2 关闭 — 来自组织的事件。</translation>
    </message>
    <message>
        <source>This server does not expose the setting through its API, and the organization&apos;s events name no change of it; see the organization&apos;s settings page in the web console.</source>
        <translation>此服务器未通过 API 提供该设置，组织的事件中也没有其更改记录；请查看 Web 控制台中的组织设置页面。</translation>
    </message>
</context>
<context>
    <name>OrgSettingsPage</name>
    <message>
        <source>Require IP Whitelist for Public API</source>
        <translation>要求 Public API 使用 IP 白名单</translation>
    </message>
    <message>
        <source>Open in web console</source>
        <translation>在 Web 控制台中打开</translation>
    </message>
    <message>
        <source>Whether every API key of this organization must have a whitelist</source>
        <translation>此组织的每个 API 密钥是否都必须有白名单</translation>
    </message>
    <message>
        <source>When this is on, an API key can do nothing until it has at least one whitelist entry, and every call must come from a listed address. When it is off, a key with an empty whitelist may call every endpoint except those that explicitly require a whitelist; a key with entries may still only call from them.</source>
        <translation>开启后，API 密钥在拥有至少一个白名单条目之前什么也做不了，并且每次调用都必须来自列出的地址。关闭后，白名单为空的密钥可以调用除明确要求白名单之外的所有端点；有条目的密钥仍只能从这些地址调用。</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>On: every API key of this organization needs a whitelist.</source>
        <translation>开：此组织的每个 API 密钥都需要白名单。</translation>
    </message>
    <message>
        <source>Off: keys without a whitelist may call from any address.</source>
        <translation>关：没有白名单的密钥可以从任何地址调用。</translation>
    </message>
    <message>
        <source>Unknown. %1</source>
        <translation>未知。%1</translation>
    </message>
    <message>
        <source>Offline: the setting can be changed when the server is reachable again.</source>
        <translation>离线：服务器恢复连接后即可更改该设置。</translation>
    </message>
    <message>
        <source>Checking which key this console uses…</source>
        <translation>正在检查本控制台使用的密钥…</translation>
    </message>
    <message>
        <source>Only an Organization Owner key can change this setting; the key in use is not one.</source>
        <translation>只有 Organization Owner 密钥才能更改此设置；当前使用的密钥不是。</translation>
    </message>
    <message>
        <source>Stop requiring a whitelist?</source>
        <translation>不再要求白名单？</translation>
    </message>
    <message>
        <source>API keys of %1 with an empty whitelist will be able to call the API from any address again. Keys that have entries still only work from them.</source>
        <translation>%1 中白名单为空的 API 密钥将再次可以从任何地址调用 API。有条目的密钥仍只能从这些地址使用。</translation>
    </message>
    <message>
        <source>Stop requiring</source>
        <translation>不再要求</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>正在发送…</translation>
    </message>
    <message>
        <source>Not changed. %1</source>
        <translation>未更改。%1</translation>
    </message>
    <message>
        <source>Done: the server now requires a whitelist for every API key.</source>
        <translation>完成：服务器现在要求每个 API 密钥都有白名单。</translation>
    </message>
    <message>
        <source>Done: the server no longer requires a whitelist.</source>
        <translation>完成：服务器不再要求白名单。</translation>
    </message>
    <message>
        <source>The server accepted the change but still reports the old value.</source>
        <translation>服务器接受了更改，但仍报告旧值。</translation>
    </message>
    <message>
        <source>Pick an organization on the left to see its settings.</source>
        <translation>在左侧选择组织以查看其设置。</translation>
    </message>
    <message>
        <source>The setting can only be changed in the web console; after the change there, sync (F5) to read the new value from the organization&apos;s events.</source>
        <translation>此设置只能在 Web 控制台中更改；更改后同步（F5）即可从组织的事件读取新值。</translation>
    </message>
    <message>
        <source>Opened the organization&apos;s settings page in the web console. After the change there, sync (F5): the change is read from the organization&apos;s events.</source>
        <translation>已在 Web 控制台中打开组织设置页面。更改后请同步（F5）：更改将从组织的事件中读取。</translation>
    </message>
    <message>
        <source>No browser could be opened. The settings page is at %1</source>
        <translation>无法打开浏览器。设置页面位于 %1</translation>
    </message>
    <message>
        <source>The organization&apos;s other security settings</source>
        <translation>组织的其他安全设置</translation>
    </message>
    <message>
        <source>Require IP Access List for the Atlas Administration API</source>
        <translation>Atlas Administration API 要求 IP 访问列表</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Multi-factor authentication required: %1</source>
        <translation>要求多重身份验证：%1</translation>
    </message>
    <message>
        <source>MongoDB employee access restricted: %1</source>
        <translation>限制 MongoDB 员工访问：%1</translation>
    </message>
    <message numerus="yes">
        <source>Longest life of a new service-account secret: %n hour(s)</source>
        <translation>
            <numerusform>新服务账户密钥的最长有效期：%n 小时</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> (%n day(s))</source>
        <translation>
            <numerusform>（%n 天）</numerusform>
        </translation>
    </message>
    <message>
        <source>Other security settings of the organization (read-only here):</source>
        <translation>组织的其他安全设置（此处只读）：</translation>
    </message>
    <message>
        <source>Only an Organization Owner key can change this setting. The key in use is %1 here: it may read the setting, not change it.</source>
        <translation>只有 Organization Owner 密钥可以更改此设置。正在使用的密钥在这里是 %1：它可以读取该设置，但不能更改。</translation>
    </message>
</context>
<context>
    <name>Outbox</name>
    <message>
        <source>cannot create the folder of %1</source>
        <translation>无法创建 %1 所在的文件夹</translation>
    </message>
    <message>
        <source>the file of unsaved writes %1 was written by a newer version of the console</source>
        <translation>未保存写入的文件 %1 是由更新版本的控制台写入的</translation>
    </message>
    <message>
        <source>cannot create %1: %2</source>
        <translation>无法创建 %1：%2</translation>
    </message>
    <message>
        <source>the kept snapshot cannot be read back (%1)</source>
        <translation>无法读回保存的快照 (%1)</translation>
    </message>
    <message>
        <source>the kept rotation cannot be read back</source>
        <translation>无法读回保存的轮换</translation>
    </message>
    <message>
        <source>a kept write of a kind this console does not know (%1)</source>
        <translation>此控制台不认识的一种已保存写入 (%1)</translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <source>&amp;Test connection</source>
        <translation>测试连接(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Copy address</source>
        <translation>复制地址(&amp;C)</translation>
    </message>
    <message>
        <source>T&amp;rust this certificate for this profile</source>
        <translation>为此配置信任此证书(&amp;R)</translation>
    </message>
    <message>
        <source>Edit connection</source>
        <translation>编辑连接</translation>
    </message>
    <message>
        <source>New connection</source>
        <translation>新建连接</translation>
    </message>
    <message>
        <source>Connection name</source>
        <translation>连接名称</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>服务器</translation>
    </message>
    <message>
        <source>https://opsmanager.example.com:8443</source>
        <translation>https://opsmanager.example.com:8443</translation>
    </message>
    <message>
        <source>Public key</source>
        <translation>公钥</translation>
    </message>
    <message>
        <source>for example abcdefgh</source>
        <translation>例如 abcdefgh</translation>
    </message>
    <message>
        <source>Private key</source>
        <translation>私钥</translation>
    </message>
    <message>
        <source>unchanged (kept in the system keyring)</source>
        <translation>未更改（保存在系统密钥环中）</translation>
    </message>
    <message>
        <source>shown once when the key was created</source>
        <translation>创建密钥时显示过一次</translation>
    </message>
    <message>
        <source>Extra CA certificates</source>
        <translation>额外的 CA 证书</translation>
    </message>
    <message>
        <source>optional: a PEM file for a private certificate authority</source>
        <translation>可选：私有证书颁发机构的 PEM 文件</translation>
    </message>
    <message>
        <source>Proxy</source>
        <translation>代理</translation>
    </message>
    <message>
        <source>System settings</source>
        <translation>系统设置</translation>
    </message>
    <message>
        <source>No proxy</source>
        <translation>不使用代理</translation>
    </message>
    <message>
        <source>Manual</source>
        <translation>手动</translation>
    </message>
    <message>
        <source>Proxy host</source>
        <translation>代理主机</translation>
    </message>
    <message>
        <source>proxy.example.com</source>
        <translation>proxy.example.com</translation>
    </message>
    <message>
        <source>Proxy port</source>
        <translation>代理端口</translation>
    </message>
    <message>
        <source>port</source>
        <translation>端口</translation>
    </message>
    <message>
        <source>Test result</source>
        <translation>测试结果</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>服务器(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Public key:</source>
        <translation>公钥(&amp;P)：</translation>
    </message>
    <message>
        <source>Pri&amp;vate key:</source>
        <translation>私钥(&amp;V)：</translation>
    </message>
    <message>
        <source>&amp;CA certificates:</source>
        <translation>CA 证书(&amp;C)：</translation>
    </message>
    <message>
        <source>Pro&amp;xy:</source>
        <translation>代理(&amp;X)：</translation>
    </message>
    <message>
        <source>The server is the address you open in a browser. The private key goes to the system keyring, never to a file.</source>
        <translation>服务器就是你在浏览器中打开的地址。私钥保存在系统密钥环中，绝不写入文件。</translation>
    </message>
    <message>
        <source>The name files this connection&apos;s cache; create a new connection to use another name.</source>
        <translation>此连接的缓存以该名称归档；如需使用其他名称，请新建连接。</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>PEM 证书 (*.pem *.crt *.cer);;所有文件 (*)</translation>
    </message>
    <message>
        <source>&amp;Copied</source>
        <translation>已复制(&amp;C)</translation>
    </message>
    <message>
        <source>Trusted certificate for this profile (SHA-256): %1</source>
        <translation>此配置信任的证书（SHA-256）：%1</translation>
    </message>
    <message>
        <source>Fix the fields marked above first.</source>
        <translation>请先修正上面标出的字段。</translation>
    </message>
    <message>
        <source>Testing the connection to %1…</source>
        <translation>正在测试到 %1 的连接…</translation>
    </message>
    <message>
        <source>The private key could not be read from the keyring (%1): type it to test.</source>
        <translation>无法从密钥环读取私钥（%1）：请输入私钥以进行测试。</translation>
    </message>
    <message>
        <source>Key: %1</source>
        <translation>密钥：%1</translation>
    </message>
    <message>
        <source>&amp;Copy address %1</source>
        <translation>复制地址 %1(&amp;C)</translation>
    </message>
    <message>
        <source>A connection named “%1” exists already.</source>
        <translation>名为“%1”的连接已存在。</translation>
    </message>
    <message>
        <source>The server or public key changed: type the private key again (%1).</source>
        <translation>服务器或公钥已更改：请重新输入私钥（%1）。</translation>
    </message>
    <message>
        <source>The private key could not be stored: %1</source>
        <translation>无法保存私钥：%1</translation>
    </message>
    <message>
        <source>No scheme was typed, so https was tried. If the server speaks plain http, type http://%1.</source>
        <translation>未输入协议，因此尝试了 https。如果服务器使用明文 http，请输入 http://%1。</translation>
    </message>
    <message>
        <source>&amp;Web console page:</source>
        <translation>Web 控制台(&amp;W):</translation>
    </message>
    <message>
        <source>Web console organization settings page</source>
        <translation>Web 控制台的组织设置页面</translation>
    </message>
    <message>
        <source>Where the organization setting is changed when the server has no API for it: {server} is the server, {orgId} the organization</source>
        <translation>服务器没有相应 API 时更改组织设置的位置：{server} 为服务器，{orgId} 为组织</translation>
    </message>
    <message>
        <source>Discard this connection?</source>
        <translation>放弃此连接?</translation>
    </message>
    <message>
        <source>Discard the changes to “%1”? Nothing typed here is saved.</source>
        <translation>放弃对“%1”的更改?此处输入的内容都不会保存。</translation>
    </message>
    <message>
        <source>Discard the connection you typed? Nothing of it is saved.</source>
        <translation>放弃输入的连接?其中任何内容都不会保存。</translation>
    </message>
    <message>
        <source>&amp;Keep editing</source>
        <translation>继续编辑(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>放弃(&amp;D)</translation>
    </message>
    <message>
        <source>Saving</source>
        <translation>正在保存</translation>
    </message>
    <message>
        <source>Asking the system keyring for the private key… (it may ask you to unlock it)</source>
        <translation>正在向系统密钥环请求私钥…（它可能会要求您解锁）</translation>
    </message>
    <message>
        <source>Asking the system keyring to keep the private key… (it may ask you to unlock it)</source>
        <translation>正在请求系统密钥环保存私钥…（它可能会要求您解锁）</translation>
    </message>
    <message>
        <source>Sign-in &amp;method:</source>
        <translation>登录方式(&amp;M)：</translation>
    </message>
    <message>
        <source>Sign-in method</source>
        <translation>登录方式</translation>
    </message>
    <message>
        <source>API key (public and private key)</source>
        <translation>API 密钥（公钥和私钥）</translation>
    </message>
    <message>
        <source>Service account (client ID and secret)</source>
        <translation>服务账户（客户端 ID 和密钥）</translation>
    </message>
    <message>
        <source>Client &amp;ID:</source>
        <translation>客户端 ID(&amp;I)：</translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation>客户端 ID</translation>
    </message>
    <message>
        <source>mdb_sa_id_ and 24 hexadecimal digits</source>
        <translation>mdb_sa_id_ 加 24 位十六进制数字</translation>
    </message>
    <message>
        <source>Client s&amp;ecret:</source>
        <translation>客户端密钥(&amp;E)：</translation>
    </message>
    <message>
        <source>Client secret</source>
        <translation>客户端密钥</translation>
    </message>
    <message>
        <source>mdb_sa_sk_…, shown once when the secret was created</source>
        <translation>mdb_sa_sk_…，仅在创建密钥时显示一次</translation>
    </message>
    <message>
        <source>The client secret could not be read from the keyring (%1): type it to test.</source>
        <translation>无法从密钥环读取客户端密钥（%1）：请输入以测试。</translation>
    </message>
    <message>
        <source>&amp;API:</source>
        <translation>API(&amp;A)：</translation>
    </message>
    <message>
        <source>API</source>
        <translation>API</translation>
    </message>
    <message>
        <source>Which API the server is spoken to in</source>
        <translation>与服务器通信所用的 API</translation>
    </message>
    <message>
        <source>Ops Manager / Cloud Manager (Public API v1.0)</source>
        <translation>Ops Manager / Cloud Manager（Public API v1.0）</translation>
    </message>
    <message>
        <source>Atlas (Administration API v2)</source>
        <translation>Atlas（Administration API v2）</translation>
    </message>
    <message>
        <source>History store</source>
        <translation>历史存储</translation>
    </message>
    <message>
        <source>This computer — or a team&apos;s postgresql://user@host/database</source>
        <translation>本机——或团队的 postgresql://user@host/database</translation>
    </message>
    <message>
        <source>Empty: the history, notes and rotations stay on this computer. A PostgreSQL database shares them with the other admins and the nightly sync (sslmode=verify-full&amp;sslrootcert=CA.pem for TLS).</source>
        <translation>留空：历史、备注和轮换保存在本机。PostgreSQL 数据库会与其他管理员和夜间同步共享它们（TLS 使用 sslmode=verify-full&amp;sslrootcert=CA.pem）。</translation>
    </message>
    <message>
        <source>History store password</source>
        <translation>历史存储密码</translation>
    </message>
    <message>
        <source>Database password (kept in the system keyring)</source>
        <translation>数据库密码（保存在系统密钥环中）</translation>
    </message>
    <message>
        <source>Asking the system keyring to keep the store&apos;s password… (it may ask you to unlock it)</source>
        <translation>正在请求系统密钥环保存存储的密码……（可能会要求您解锁）</translation>
    </message>
    <message>
        <source>&amp;History store:</source>
        <translation>历史存储(&amp;H)：</translation>
    </message>
</context>
<context>
    <name>ProjectKeyDialog</name>
    <message>
        <source>Description, public key or key ID</source>
        <translation>描述、公钥或密钥 ID</translation>
    </message>
    <message>
        <source>Which organization key</source>
        <translation>哪个组织密钥</translation>
    </message>
    <message>
        <source>Invite an organization key to %1</source>
        <translation>邀请组织密钥加入 %1</translation>
    </message>
    <message>
        <source>Roles of %1 in %2</source>
        <translation>%1 在 %2 中的角色</translation>
    </message>
    <message>
        <source>Invite</source>
        <translation>邀请</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>&amp;Key:</source>
        <translation>密钥(&amp;K)：</translation>
    </message>
    <message>
        <source>Roles in %1 (the list replaces the key&apos;s roles there):</source>
        <translation>在 %1 中的角色（此列表将替换该密钥在其中的角色）：</translation>
    </message>
    <message>
        <source>Type the key&apos;s description, public key or key ID.</source>
        <translation>请输入密钥的描述、公钥或密钥 ID。</translation>
    </message>
    <message>
        <source>No organization key outside this project matches “%1”.</source>
        <translation>此项目之外没有与“%1”匹配的组织密钥。</translation>
    </message>
    <message numerus="yes">
        <source>%n keys match; type more of the description, or the public key.</source>
        <translation>
            <numerusform>有 %n 个密钥匹配；请输入更多描述内容，或输入公钥。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — public key %2, key ID %3</source>
        <translation>%1 — 公钥 %2，密钥 ID %3</translation>
    </message>
    <message>
        <source>These roles will be removed: %1</source>
        <translation>将移除以下角色：%1</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>错误</translation>
    </message>
</context>
<context>
    <name>ReportPage</name>
    <message>
        <source>Severity</source>
        <translation>严重程度</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>发现的问题</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source>A key unused this long is stale</source>
        <translation>超过此时长未使用的密钥视为过期</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>发现的问题</translation>
    </message>
    <message>
        <source>Nothing cached for this organization yet: sync it (F5).</source>
        <translation>此组织尚无缓存：请同步（F5）。</translation>
    </message>
    <message>
        <source>&amp;Stale after:</source>
        <translation>过期阈值(&amp;S)：</translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s), %1 of them high. Double-click one, or press Enter on it, to open its key.</source>
        <translation>
            <numerusform>%n 项发现,其中 %1 项为高。双击某项或按 Enter 键可打开其密钥。</numerusform>
        </translation>
    </message>
    <message>
        <source>Secrets e&amp;xpiring within:</source>
        <translation>即将过期的密钥(&amp;X)：</translation>
    </message>
    <message>
        <source>A service-account secret expiring this soon is reported</source>
        <translation>报告在此期限内过期的服务账户密钥</translation>
    </message>
    <message>
        <source>Public key or client ID</source>
        <translation>公钥或客户端 ID</translation>
    </message>
</context>
<context>
    <name>Repository</name>
    <message>
        <source>working offline: this connection was opened from the cache only, so nothing is sent to the server; open it online to sync or change anything</source>
        <translation>离线工作：此连接仅从缓存打开，因此不会向服务器发送任何内容；如需同步或更改，请联机打开</translation>
    </message>
    <message>
        <source>offline: the server is not reachable, so the cached data cannot be changed</source>
        <translation>离线：无法连接服务器，因此无法更改缓存的数据</translation>
    </message>
    <message>
        <source>The local cache cannot be used (%1): nothing is kept for offline review in this session.</source>
        <translation>无法使用本地缓存（%1）：本次会话不会为离线查看保存任何内容。</translation>
    </message>
    <message>
        <source>The team store cannot be reached (%1): the console shows what the server says; what you write is kept on this computer and written to the store when it answers.</source>
        <translation>无法连接团队存储 (%1)：控制台显示服务器的内容；您写入的内容保存在这台计算机上，存储响应后写入。</translation>
    </message>
    <message>
        <source>The team store does not answer (%1). The console goes on from what it holds; what it could not write is kept on this computer and written as soon as the store answers again.</source>
        <translation>团队存储没有响应 (%1)。控制台继续使用已有的内容；无法写入的内容保存在这台计算机上，存储再次响应后立即写入。</translation>
    </message>
    <message numerus="yes">
        <source>Waiting: %n change(s).</source>
        <translation>
            <numerusform>等待中：%n 项更改。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The team store refused %n change(s) kept during its outage (%1). They are not written; they stay in %2 for review.</source>
        <translation>
            <numerusform>团队存储拒绝了在其中断期间保存的 %n 项更改 (%1)。它们不会被写入，保留在 %2 中以供查看。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RequestScheduler</name>
    <message>
        <source>an address it did not give</source>
        <translation>一个未给出的地址</translation>
    </message>
    <message numerus="yes">
        <source>no complete answer within %n second(s)</source>
        <translation>
            <numerusform>%n 秒内没有完整的应答</numerusform>
        </translation>
    </message>
    <message>
        <source>the answer grew past %1 MB, far more than any real answer; it was not read</source>
        <translation>应答超过了 %1 MB，远大于任何真实应答；未读取</translation>
    </message>
    <message numerus="yes">
        <source>no complete answer within %n second(s), retries included</source>
        <translation>
            <numerusform>包括重试在内，%n 秒内没有完整的应答</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>nothing received for %n second(s)</source>
        <translation>
            <numerusform>%n 秒内未收到任何数据</numerusform>
        </translation>
    </message>
    <message>
        <source>The server deprecated the resource version this console speaks (%1)%2%3: update API Access Console before then.</source>
        <translation>服务器已弃用此控制台使用的资源版本（%1）%2%3：请在此之前更新 API Access Console。</translation>
    </message>
    <message>
        <source>, since %1</source>
        <translation>，自 %1 起</translation>
    </message>
    <message>
        <source>; it stops answering on %1</source>
        <translation>；将于 %1 停止响应</translation>
    </message>
</context>
<context>
    <name>RoleCatalogue</name>
    <message>
        <source>Organization Owner</source>
        <translation>Organization Owner</translation>
    </message>
    <message>
        <source>Full control of the organization, its settings, API keys and projects.</source>
        <translation>完全控制组织及其设置、API 密钥和项目。</translation>
    </message>
    <message>
        <source>Organization Member</source>
        <translation>Organization Member</translation>
    </message>
    <message>
        <source>Reads the organization and the projects it is given access to.</source>
        <translation>读取组织及其获准访问的项目。</translation>
    </message>
    <message>
        <source>Organization Project Creator</source>
        <translation>Organization Project Creator</translation>
    </message>
    <message>
        <source>Creates projects in the organization.</source>
        <translation>在组织中创建项目。</translation>
    </message>
    <message>
        <source>Organization Read Only</source>
        <translation>Organization Read Only</translation>
    </message>
    <message>
        <source>Reads everything in the organization; changes nothing.</source>
        <translation>读取组织中的所有内容；不做任何更改。</translation>
    </message>
    <message>
        <source>Organization Billing Admin</source>
        <translation>Organization Billing Admin</translation>
    </message>
    <message>
        <source>Manages billing (Cloud Manager only).</source>
        <translation>管理账单（仅 Cloud Manager）。</translation>
    </message>
    <message>
        <source>Organization Billing Viewer</source>
        <translation>Organization Billing Viewer</translation>
    </message>
    <message>
        <source>Reads billing information (Cloud Manager only).</source>
        <translation>读取账单信息（仅 Cloud Manager）。</translation>
    </message>
    <message>
        <source>Project Owner</source>
        <translation>Project Owner</translation>
    </message>
    <message>
        <source>Full control of the project.</source>
        <translation>完全控制项目。</translation>
    </message>
    <message>
        <source>Project Read Only</source>
        <translation>Project Read Only</translation>
    </message>
    <message>
        <source>Reads the project; changes nothing.</source>
        <translation>读取项目；不做任何更改。</translation>
    </message>
    <message>
        <source>Project Automation Admin</source>
        <translation>Project Automation Admin</translation>
    </message>
    <message>
        <source>Manages deployments through Automation.</source>
        <translation>通过 Automation 管理部署。</translation>
    </message>
    <message>
        <source>Project Backup Admin</source>
        <translation>Project Backup Admin</translation>
    </message>
    <message>
        <source>Manages backups and restores.</source>
        <translation>管理备份和恢复。</translation>
    </message>
    <message>
        <source>Project Monitoring Admin</source>
        <translation>Project Monitoring Admin</translation>
    </message>
    <message>
        <source>Manages monitoring, alerts and host settings.</source>
        <translation>管理监控、告警和主机设置。</translation>
    </message>
    <message>
        <source>Project User Admin</source>
        <translation>Project User Admin</translation>
    </message>
    <message>
        <source>Manages the project&apos;s users and teams.</source>
        <translation>管理项目的用户和团队。</translation>
    </message>
    <message>
        <source>Project Data Access Admin</source>
        <translation>Project Data Access Admin</translation>
    </message>
    <message>
        <source>Manages indexes and reads and writes data.</source>
        <translation>管理索引并读写数据。</translation>
    </message>
    <message>
        <source>Project Data Access Read/Write</source>
        <translation>Project Data Access Read/Write</translation>
    </message>
    <message>
        <source>Reads and writes data.</source>
        <translation>读写数据。</translation>
    </message>
    <message>
        <source>Project Data Access Read Only</source>
        <translation>Project Data Access Read Only</translation>
    </message>
    <message>
        <source>Reads data.</source>
        <translation>读取数据。</translation>
    </message>
    <message>
        <source>Project Charts Admin</source>
        <translation>Project Charts Admin</translation>
    </message>
    <message>
        <source>Manages Charts (older servers).</source>
        <translation>管理 Charts（较旧的服务器）。</translation>
    </message>
    <message>
        <source>Project Billing Admin</source>
        <translation>Project Billing Admin</translation>
    </message>
    <message>
        <source>Manages the project&apos;s billing (Cloud Manager only).</source>
        <translation>管理项目的账单（仅 Cloud Manager）。</translation>
    </message>
    <message>
        <source>Global Owner</source>
        <translation>Global Owner</translation>
    </message>
    <message>
        <source>Full control of the whole Ops Manager instance, every organization and project.</source>
        <translation>完全控制整个 Ops Manager 实例及每个组织和项目。</translation>
    </message>
    <message>
        <source>Global Read Only</source>
        <translation>Global Read Only</translation>
    </message>
    <message>
        <source>Reads every organization and project of the instance.</source>
        <translation>读取实例中的每个组织和项目。</translation>
    </message>
    <message>
        <source>Global User Admin</source>
        <translation>Global User Admin</translation>
    </message>
    <message>
        <source>Manages the users of the whole instance.</source>
        <translation>管理整个实例的用户。</translation>
    </message>
    <message>
        <source>Global Automation Admin</source>
        <translation>Global Automation Admin</translation>
    </message>
    <message>
        <source>Manages deployments through Automation in every project.</source>
        <translation>通过 Automation 管理每个项目的部署。</translation>
    </message>
    <message>
        <source>Global Backup Admin</source>
        <translation>Global Backup Admin</translation>
    </message>
    <message>
        <source>Manages backups and restores in every project.</source>
        <translation>管理每个项目的备份和恢复。</translation>
    </message>
    <message>
        <source>Global Monitoring Admin</source>
        <translation>Global Monitoring Admin</translation>
    </message>
    <message>
        <source>Manages monitoring and alerts in every project.</source>
        <translation>管理每个项目的监控和告警。</translation>
    </message>
</context>
<context>
    <name>RoleList</name>
    <message>
        <source>Organization roles</source>
        <translation>组织角色</translation>
    </message>
    <message>
        <source>Project roles</source>
        <translation>项目角色</translation>
    </message>
</context>
<context>
    <name>RotateKeyDialog</name>
    <message>
        <source>Rotate API key</source>
        <translation>轮换 API 密钥</translation>
    </message>
    <message>
        <source>New key&apos;s &amp;description:</source>
        <translation>新密钥的描述(&amp;D)：</translation>
    </message>
    <message>
        <source>New key&apos;s description</source>
        <translation>新密钥的描述</translation>
    </message>
    <message>
        <source>Copied to the new key (untick what it should not get):</source>
        <translation>复制到新密钥（取消勾选它不应获得的内容）：</translation>
    </message>
    <message>
        <source>What the new key gets</source>
        <translation>新密钥获得的内容</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Create the &amp;new key</source>
        <translation>创建新密钥(&amp;N)</translation>
    </message>
    <message>
        <source>The new key</source>
        <translation>新密钥</translation>
    </message>
    <message>
        <source>&lt;b&gt;Copy the private key now.&lt;/b&gt; The server shows it this once; it cannot be shown again. Whoever has it can call the API with the new key&apos;s roles.</source>
        <translation>&lt;b&gt;请立即复制私钥。&lt;/b&gt;服务器只显示这一次，之后无法再次显示。持有它的人可以用新密钥的角色调用 API。</translation>
    </message>
    <message>
        <source>Public key:</source>
        <translation>公钥:</translation>
    </message>
    <message>
        <source>Public key</source>
        <translation>公钥</translation>
    </message>
    <message>
        <source>Copy &amp;both</source>
        <translation>复制两者(&amp;B)</translation>
    </message>
    <message>
        <source>The public and the private key, one per line: a client needs both.</source>
        <translation>公钥和私钥,每行一个:客户端两者都需要。</translation>
    </message>
    <message>
        <source>Private key</source>
        <translation>私钥</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>显示(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <source>I have copied the private key and stored it safely</source>
        <translation>我已复制私钥并妥善保存</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>进度</translation>
    </message>
    <message>
        <source>Cancel the rotation…</source>
        <translation>取消轮换…</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>继续(&amp;R)</translation>
    </message>
    <message>
        <source>Con&amp;tinue to the hand-over</source>
        <translation>继续到交接(&amp;T)</translation>
    </message>
    <message>
        <source>Hand-over</source>
        <translation>交接</translation>
    </message>
    <message>
        <source>Last use of both keys</source>
        <translation>两个密钥的最后使用</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>密钥</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>条目</translation>
    </message>
    <message>
        <source>Last used</source>
        <translation>上次使用</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>请求数</translation>
    </message>
    <message>
        <source>From</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Every client now uses the new key</source>
        <translation>所有客户端现在都使用新密钥</translation>
    </message>
    <message>
        <source>&amp;Read the use again</source>
        <translation>重新读取使用情况(&amp;R)</translation>
    </message>
    <message>
        <source>Close, finish &amp;later</source>
        <translation>关闭，稍后完成(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Finish: delete the old key</source>
        <translation>完成：删除旧密钥(&amp;F)</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>Public key: %1
Private key: %2</source>
        <translation>公钥:%1
私钥:%2</translation>
    </message>
    <message>
        <source>Creating the new key…</source>
        <translation>正在创建新密钥…</translation>
    </message>
    <message>
        <source>Resuming…</source>
        <translation>正在继续…</translation>
    </message>
    <message>
        <source>Rotate API key %1</source>
        <translation>轮换 API 密钥 %1</translation>
    </message>
    <message>
        <source>Organization roles: %1</source>
        <translation>组织角色：%1</translation>
    </message>
    <message numerus="yes">
        <source>Projects (%n)</source>
        <translation>
            <numerusform>项目（%n）</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message numerus="yes">
        <source>Access list (%n)</source>
        <translation>
            <numerusform>访问列表（%n）</numerusform>
        </translation>
    </message>
    <message>
        <source>Copying the roles, projects and entries to the new key…</source>
        <translation>正在将角色、项目和条目复制到新密钥…</translation>
    </message>
    <message>
        <source>The new key %1 equals the plan: %2, %3. Give it to the clients, then continue.</source>
        <translation>新密钥 %1 与计划一致：%2，%3。请把它交给客户端，然后继续。</translation>
    </message>
    <message numerus="yes">
        <source>%n project(s)</source>
        <translation>
            <numerusform>%n 个项目</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n access-list entry(s)</source>
        <translation>
            <numerusform>%n 个访问列表条目</numerusform>
        </translation>
    </message>
    <message>
        <source>The rotation stopped at step “%1”: resume it.</source>
        <translation>轮换在步骤“%1”停止：请继续。</translation>
    </message>
    <message>
        <source>(no entries)</source>
        <translation>（无条目）</translation>
    </message>
    <message>
        <source>never</source>
        <translation>从未</translation>
    </message>
    <message>
        <source>old: %1</source>
        <translation>旧：%1</translation>
    </message>
    <message>
        <source>old</source>
        <translation>旧</translation>
    </message>
    <message>
        <source>new: %1</source>
        <translation>新：%1</translation>
    </message>
    <message>
        <source>new</source>
        <translation>新</translation>
    </message>
    <message>
        <source>The old key is no longer in the organization.</source>
        <translation>旧密钥已不在组织中。</translation>
    </message>
    <message>
        <source>The old key&apos;s use cannot be read with this key.</source>
        <translation>无法用此密钥读取旧密钥的使用情况。</translation>
    </message>
    <message>
        <source>The old key has not been used since the new key was created (%1).</source>
        <translation>自新密钥创建（%1）以来，旧密钥未被使用。</translation>
    </message>
    <message>
        <source>The old key was last used %1 — after the new key was created: some client still uses it.</source>
        <translation>旧密钥最后一次使用是 %1——在新密钥创建之后：仍有客户端在使用它。</translation>
    </message>
    <message>
        <source>The new key was last used %1.</source>
        <translation>新密钥最后一次使用是 %1。</translation>
    </message>
    <message>
        <source>The new key has not been used yet.</source>
        <translation>新密钥尚未被使用。</translation>
    </message>
    <message>
        <source>Step 2 of 3: the new key, copied and checked.</source>
        <translation>第 2 步（共 3 步）：新密钥，已复制并检查。</translation>
    </message>
    <message>
        <source>Step 3 of 3: switch the clients, then delete the old key.</source>
        <translation>第 3 步（共 3 步）：切换客户端，然后删除旧密钥。</translation>
    </message>
    <message>
        <source>Step 1 of 3: what the new key gets.</source>
        <translation>第 1 步（共 3 步）：新密钥获得的内容。</translation>
    </message>
    <message>
        <source>(none yet)</source>
        <translation>（尚无）</translation>
    </message>
    <message>
        <source>Cancel the rotation</source>
        <translation>取消轮换</translation>
    </message>
    <message>
        <source>Delete the new key %1? A client already switched to it stops working at once. The old key stays as it was.</source>
        <translation>删除新密钥 %1？已切换到它的客户端会立即停止工作。旧密钥保持不变。</translation>
    </message>
    <message>
        <source>&amp;Delete the new key</source>
        <translation>删除新密钥(&amp;D)</translation>
    </message>
    <message>
        <source>Copy the private key and tick the box first: it cannot be shown again. (The rotation is kept: open Rotate… on the key to go on.)</source>
        <translation>请先复制私钥并勾选此框：它无法再次显示。（轮换会被保留：在该密钥上打开“轮换…”即可继续。）</translation>
    </message>
</context>
<context>
    <name>RotationPlan</name>
    <message>
        <source>description: “%1”, not “%2”</source>
        <translation>描述：“%1”，而非“%2”</translation>
    </message>
    <message>
        <source>organization roles: %1, not %2</source>
        <translation>组织角色：%1，而非 %2</translation>
    </message>
    <message>
        <source>project %1: not assigned</source>
        <translation>项目 %1：未分配</translation>
    </message>
    <message>
        <source>project %1: roles %2, not %3</source>
        <translation>项目 %1：角色 %2，而非 %3</translation>
    </message>
    <message>
        <source>project %1: assigned, but not in the plan</source>
        <translation>项目 %1：已分配，但不在计划中</translation>
    </message>
    <message>
        <source>access list: %1 missing</source>
        <translation>访问列表：缺少 %1</translation>
    </message>
    <message>
        <source>access list: %1, not in the plan</source>
        <translation>访问列表：%1，不在计划中</translation>
    </message>
</context>
<context>
    <name>Screenshots</name>
    <message>
        <source>Nightly backup export</source>
        <translation>每晚备份导出</translation>
    </message>
    <message>
        <source>Production Ops Manager</source>
        <translation>生产环境 Ops Manager</translation>
    </message>
    <message>
        <source>Renders every documented view on the built-in demo data, offscreen; two runs give byte-identical files.</source>
        <translation>在无显示器的情况下，用内置演示数据渲染每个文档中的界面；两次运行生成逐字节相同的文件。</translation>
    </message>
    <message>
        <source>Write the PNG files to DIR.</source>
        <translation>将 PNG 文件写入 DIR。</translation>
    </message>
    <message>
        <source>Language: en, de, fr, es, ja or zh_CN.</source>
        <translation>语言：en、de、fr、es、ja 或 zh_CN。</translation>
    </message>
    <message>
        <source>light or dark.</source>
        <translation>light 或 dark。</translation>
    </message>
    <message>
        <source>Device pixels per pixel, 1 to 4.</source>
        <translation>每个像素对应的设备像素数，1 到 4。</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n screenshot(s) to %1.</source>
        <translation>
            <numerusform>已将 %n 张截图写入 %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>Exit with 3 when a text does not fit its widget.</source>
        <translation>当文本放不下其控件时以 3 退出。</translation>
    </message>
</context>
<context>
    <name>ServiceAccountsModel</name>
    <message>
        <source>no secret</source>
        <translation>无密钥</translation>
    </message>
    <message>
        <source>every secret expired</source>
        <translation>所有密钥均已过期</translation>
    </message>
    <message numerus="yes">
        <source>%n live, next expires %1</source>
        <translation>
            <numerusform>%n 个有效，下一个于 %1 过期</numerusform>
        </translation>
    </message>
    <message>
        <source>never</source>
        <translation>从未</translation>
    </message>
    <message>
        <source>not readable</source>
        <translation>无法读取</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation>客户端 ID</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Secrets</source>
        <translation>密钥</translation>
    </message>
    <message>
        <source>Last used</source>
        <translation>上次使用</translation>
    </message>
    <message>
        <source>Access list</source>
        <translation>访问列表</translation>
    </message>
</context>
<context>
    <name>ServiceAccountsPage</name>
    <message>
        <source>Service accounts</source>
        <translation>服务账户</translation>
    </message>
    <message>
        <source>Secrets of the service account</source>
        <translation>服务账户的密钥</translation>
    </message>
    <message>
        <source>Secret</source>
        <translation>密钥</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>过期时间</translation>
    </message>
    <message>
        <source>Last used</source>
        <translation>上次使用</translation>
    </message>
    <message>
        <source>Access list of the service account</source>
        <translation>服务账户的访问列表</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>请求数</translation>
    </message>
    <message>
        <source>From</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Nothing cached for this organization yet: sync it (F5).</source>
        <translation>尚未缓存此组织的任何内容：请同步 (F5)。</translation>
    </message>
    <message>
        <source>The service accounts have not been read yet: sync (F5).</source>
        <translation>尚未读取服务账户：请同步 (F5)。</translation>
    </message>
    <message>
        <source>This organization has no service accounts.</source>
        <translation>此组织没有服务账户。</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2&lt;br&gt;Client ID &lt;code&gt;%3&lt;/code&gt; · created %4</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2&lt;br&gt;客户端 ID &lt;code&gt;%3&lt;/code&gt; · 创建于 %4</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>expired %1</source>
        <translation>已于 %1 过期</translation>
    </message>
    <message>
        <source>never</source>
        <translation>从未</translation>
    </message>
    <message>
        <source>&amp;New secret…</source>
        <translation>新密钥(&amp;N)…</translation>
    </message>
    <message>
        <source>Add a secret to the account (at most two; the other is then cut to seven days)</source>
        <translation>为账户添加密钥（最多两个；另一个随后缩短为七天）</translation>
    </message>
    <message>
        <source>Delete secret…</source>
        <translation>删除密钥…</translation>
    </message>
    <message>
        <source>Delete the secret picked below: its tokens stop at once</source>
        <translation>删除下方所选密钥：其令牌立即失效</translation>
    </message>
    <message>
        <source>Add en&amp;tries…</source>
        <translation>添加条目(&amp;T)…</translation>
    </message>
    <message>
        <source>Remove entry</source>
        <translation>移除条目</translation>
    </message>
    <message>
        <source>Delete account…</source>
        <translation>删除账户…</translation>
    </message>
    <message>
        <source>Changing service accounts needs the Organization Owner role; this connection can only read them.</source>
        <translation>更改服务账户需要 Organization Owner 角色；此连接只能读取。</translation>
    </message>
    <message>
        <source>%1 has two secrets, the most an account may have. Delete one first — an expired one, or the one its clients no longer use (its last use is in the table).</source>
        <translation>%1 已有两个密钥，这是一个账户的上限。请先删除一个——已过期的，或其客户端不再使用的（上次使用时间见表格）。</translation>
    </message>
    <message>
        <source>No secret added. %1</source>
        <translation>未添加密钥。%1</translation>
    </message>
    <message>
        <source>Added a secret to %1, expiring on %2.</source>
        <translation>已为 %1 添加密钥，于 %2 过期。</translation>
    </message>
    <message>
        <source>Delete the secret %1 of %2? Every token made with it stops working at once: clients still using it are refused from now on. This cannot be undone.</source>
        <translation>删除 %2 的密钥 %1？用它生成的所有令牌将立即失效：仍在使用它的客户端从现在起会被拒绝。此操作无法撤销。</translation>
    </message>
    <message>
        <source>It is the account&apos;s only unexpired secret: nothing can sign in with %1 until a new secret is added.</source>
        <translation>这是该账户唯一未过期的密钥：在添加新密钥之前，无法用 %1 登录。</translation>
    </message>
    <message>
        <source>This console signs in as %1: if it uses this secret, it is signed out at once.</source>
        <translation>此控制台以 %1 登录：如果它使用此密钥，将立即被注销。</translation>
    </message>
    <message>
        <source>Delete secret?</source>
        <translation>删除密钥？</translation>
    </message>
    <message>
        <source>Delete secret</source>
        <translation>删除密钥</translation>
    </message>
    <message>
        <source>Deleted the secret %1 of %2.</source>
        <translation>已删除 %2 的密钥 %1。</translation>
    </message>
    <message>
        <source>Not deleted. %1</source>
        <translation>未删除。%1</translation>
    </message>
    <message>
        <source>Delete the service account %1? Its secrets and every token made with them stop working at once; this cannot be undone.</source>
        <translation>删除服务账户 %1？其密钥以及用它们生成的所有令牌将立即失效；此操作无法撤销。</translation>
    </message>
    <message>
        <source>This console signs in as this account. Deleting it locks this console out at once: sign in with another account or key to go on.</source>
        <translation>此控制台以此账户登录。删除它会立即将此控制台锁在外面：请使用其他账户或密钥登录以继续。</translation>
    </message>
    <message>
        <source>Delete service account?</source>
        <translation>删除服务账户？</translation>
    </message>
    <message>
        <source>Delete and lock this console out</source>
        <translation>删除并锁定本控制台</translation>
    </message>
    <message>
        <source>Delete account</source>
        <translation>删除账户</translation>
    </message>
    <message>
        <source>Deleted %1.</source>
        <translation>已删除 %1。</translation>
    </message>
    <message>
        <source>Add access-list entries to %1</source>
        <translation>向 %1 添加访问列表条目</translation>
    </message>
    <message numerus="yes">
        <source>Added %n entry(ies) to the access list of %1.</source>
        <translation>
            <numerusform>已向 %1 的访问列表添加 %n 个条目。</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove the last entry?</source>
        <translation>移除最后一个条目？</translation>
    </message>
    <message>
        <source>%1 is the last entry of %2, and the organization requires an access list: without it the account&apos;s tokens work from nowhere.</source>
        <translation>%1 是 %2 的最后一个条目，而组织要求访问列表：没有它，该账户的令牌在任何地方都无法使用。</translation>
    </message>
    <message>
        <source>%1 is the last entry of %2: without it the account&apos;s tokens work from any address.</source>
        <translation>%1 是 %2 的最后一个条目：没有它，该账户的令牌可从任何地址使用。</translation>
    </message>
    <message>
        <source>Removed %1 from the access list of %2.</source>
        <translation>已从 %2 的访问列表中移除 %1。</translation>
    </message>
    <message>
        <source>Not removed. %1</source>
        <translation>未移除。%1</translation>
    </message>
    <message>
        <source>New acco&amp;unt…</source>
        <translation>新建账户(&amp;U)…</translation>
    </message>
    <message>
        <source>No account created. %1</source>
        <translation>未创建账户。%1</translation>
    </message>
    <message>
        <source>Created the service account %1 (%2).</source>
        <translation>已创建服务账户 %1（%2）。</translation>
    </message>
    <message>
        <source>Edit account…</source>
        <translation>编辑账户…</translation>
    </message>
    <message>
        <source>Its description and organization roles</source>
        <translation>其描述和组织角色</translation>
    </message>
    <message>
        <source>Edit service account %1</source>
        <translation>编辑服务账户 %1</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>已保存 %1。</translation>
    </message>
    <message>
        <source>%1 stays: this console signs in as %2 and calls from %3, which it covers; the server refuses to remove the caller&apos;s own address. Remove it from another address or with another key or account.</source>
        <translation>%1 保留：此控制台以 %2 登录并从 %3 调用，该条目覆盖此地址；服务器拒绝移除调用方自己的地址。请从其他地址或使用其他密钥或账户移除。</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Invite to pro&amp;ject…</source>
        <translation>邀请加入项目(&amp;J)…</translation>
    </message>
    <message>
        <source>Give the account roles in one of the organization&apos;s projects</source>
        <translation>在组织的某个项目中为该账户授予角色</translation>
    </message>
    <message>
        <source>Unassign from project…</source>
        <translation>移出项目…</translation>
    </message>
    <message>
        <source>Take the account out of the project picked below (its secrets stay valid)</source>
        <translation>将该账户移出下方选中的项目（其密钥仍然有效）</translation>
    </message>
    <message>
        <source>Projects of the service account</source>
        <translation>服务账户的项目</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Roles there</source>
        <translation>在该项目中的角色</translation>
    </message>
    <message>
        <source>not read while offline (projects are read from the server, not cached)</source>
        <translation>离线时不读取（项目从服务器读取，不缓存）</translation>
    </message>
    <message>
        <source>reading…</source>
        <translation>正在读取…</translation>
    </message>
    <message>
        <source>Projects: %1</source>
        <translation>项目：%1</translation>
    </message>
    <message>
        <source>Projects (%1)</source>
        <translation>项目（%1）</translation>
    </message>
    <message>
        <source>Project %1</source>
        <translation>项目 %1</translation>
    </message>
    <message>
        <source>%1 is already in every project of the organization.</source>
        <translation>%1 已在该组织的每个项目中。</translation>
    </message>
    <message>
        <source>Invite %1 to a project</source>
        <translation>邀请 %1 加入项目</translation>
    </message>
    <message>
        <source>&amp;Project:</source>
        <translation>项目(&amp;P)：</translation>
    </message>
    <message>
        <source>Invite %1 to %2</source>
        <translation>邀请 %1 加入 %2</translation>
    </message>
    <message>
        <source>%1 is in %2 as %3.</source>
        <translation>%1 以 %3 身份加入了 %2。</translation>
    </message>
    <message>
        <source>Take %1 out of %2? It loses its roles there at once; its secrets stay valid for the organization and its other projects.</source>
        <translation>将 %1 移出 %2？它会立即失去在该项目中的角色；其密钥对组织和其他项目仍然有效。</translation>
    </message>
    <message>
        <source>This console signs in as this account: it can no longer act in %1.</source>
        <translation>本控制台以此账户登录：将无法再在 %1 中操作。</translation>
    </message>
    <message>
        <source>Unassign from project?</source>
        <translation>从项目中移除？</translation>
    </message>
    <message>
        <source>Unassign</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>%1 is no longer in %2.</source>
        <translation>%1 已不在 %2 中。</translation>
    </message>
    <message>
        <source>Not unassigned. %1</source>
        <translation>未移除。%1</translation>
    </message>
    <message>
        <source>&amp;Rotate secret…</source>
        <translation>轮换密码(&amp;R)…</translation>
    </message>
    <message>
        <source>Add a second secret (the old one is cut to seven days), switch the clients, then delete the old one</source>
        <translation>添加第二个密码（旧密码缩短到七天），切换客户端，然后删除旧密码</translation>
    </message>
    <message>
        <source>Rotate the secret of %1: the new secret</source>
        <translation>轮换 %1 的密码：新密码</translation>
    </message>
    <message>
        <source>%1 has two secrets, the most an account may have, and %2 expired on %3: delete it first (Delete secret…), then Rotate secret… adds the new one.</source>
        <translation>%1 已有两个密码（账号上限），且 %2 已于 %3 过期：请先删除它（删除密码…），然后“轮换密码…”会添加新密码。</translation>
    </message>
    <message>
        <source>Rotating the secret of %1.

The new secret %2 (added %3) was last used: %4.
The old secret %5 (expires %6) was last used: %7.</source>
        <translation>正在轮换 %1 的密码。

新密码 %2（添加于 %3）最后使用：%4。
旧密码 %5（%6 过期）最后使用：%7。</translation>
    </message>
    <message>
        <source>The old secret was used after the new one was added: some client still uses it.</source>
        <translation>旧密码在新密码添加后仍被使用：仍有客户端在使用它。</translation>
    </message>
    <message>
        <source>The old secret has not been used since the new one was added.</source>
        <translation>自新密码添加以来，旧密码未被使用。</translation>
    </message>
    <message>
        <source>Deleting the old secret stops every token made with it at once. Delete it when every client uses the new secret; otherwise it expires by itself on %1.</source>
        <translation>删除旧密码会立即停止用它生成的所有令牌。请在所有客户端都使用新密码后再删除；否则它会在 %1 自行过期。</translation>
    </message>
    <message>
        <source>This console signs in as %1: if it uses the old secret, it is signed out at once.</source>
        <translation>此控制台以 %1 登录：如果它使用旧密码，会立即被登出。</translation>
    </message>
    <message>
        <source>Rotate the secret of %1</source>
        <translation>轮换 %1 的密码</translation>
    </message>
    <message>
        <source>Delete the old secret</source>
        <translation>删除旧密码</translation>
    </message>
    <message>
        <source>Rotated the secret of %1: %2 deleted, %3 stays.</source>
        <translation>已轮换 %1 的密码：%2 已删除，%3 保留。</translation>
    </message>
</context>
<context>
    <name>StoreCopy</name>
    <message>
        <source>The source store does not hold organization %1.</source>
        <translation>源存储中没有组织 %1。</translation>
    </message>
    <message>
        <source>Snapshot %1 of %2 cannot be read: %3</source>
        <translation>无法读取 %2 的快照 %1：%3</translation>
    </message>
    <message>
        <source>Snapshot %1 of %2 could not be written: %3</source>
        <translation>无法写入 %2 的快照 %1：%3</translation>
    </message>
</context>
<context>
    <name>StoreLocation</name>
    <message>
        <source>No store given: a SQLite file (sqlite:PATH) or a PostgreSQL database (postgresql://USER@HOST:PORT/DATABASE).</source>
        <translation>未指定存储：SQLite 文件（sqlite:PATH）或 PostgreSQL 数据库（postgresql://USER@HOST:PORT/DATABASE）。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is no store this console knows: give sqlite:PATH or postgresql://USER@HOST:PORT/DATABASE.</source>
        <translation>“%1”不是此控制台支持的存储：请使用 sqlite:PATH 或 postgresql://USER@HOST:PORT/DATABASE。</translation>
    </message>
    <message>
        <source>sqlite: needs the path of the file, as in sqlite:/home/me/history.sqlite.</source>
        <translation>sqlite: 需要文件路径，例如 sqlite:/home/me/history.sqlite。</translation>
    </message>
    <message>
        <source>The PostgreSQL address is not valid: %1</source>
        <translation>PostgreSQL 地址无效：%1</translation>
    </message>
    <message>
        <source>Leave the password out of the address (it would be kept in settings and shell history): the console keeps it in the system keyring; headless commands read PGPASSWORD or ~/.pgpass.</source>
        <translation>请不要在地址中写密码（它会留在设置和 shell 历史中）：控制台将其保存在系统密钥环中；无界面命令读取 PGPASSWORD 或 ~/.pgpass。</translation>
    </message>
    <message>
        <source>The PostgreSQL address names no server, as in postgresql://auditor@db.example.com/apiaccess.</source>
        <translation>PostgreSQL 地址未指明服务器，例如 postgresql://auditor@db.example.com/apiaccess。</translation>
    </message>
    <message>
        <source>The PostgreSQL address names no database after the server, as in postgresql://auditor@db.example.com/apiaccess.</source>
        <translation>PostgreSQL 地址在服务器之后未指明数据库，例如 postgresql://auditor@db.example.com/apiaccess。</translation>
    </message>
    <message>
        <source>The PostgreSQL address names no user, as in postgresql://auditor@db.example.com/apiaccess.</source>
        <translation>PostgreSQL 地址未指明用户，例如 postgresql://auditor@db.example.com/apiaccess。</translation>
    </message>
    <message>
        <source>sslmode=%1 is not one of %2.</source>
        <translation>sslmode=%1 不是 %2 之一。</translation>
    </message>
    <message>
        <source>The CA bundle %1 (sslrootcert) cannot be read.</source>
        <translation>无法读取 CA 证书包 %1（sslrootcert）。</translation>
    </message>
    <message>
        <source>connect_timeout is a number of seconds from 1 to 60.</source>
        <translation>connect_timeout 是 1 到 60 之间的秒数。</translation>
    </message>
    <message>
        <source>The option %1 is not one this console passes on (sslmode, sslrootcert, connect_timeout).</source>
        <translation>此控制台不传递选项 %1（仅 sslmode、sslrootcert、connect_timeout）。</translation>
    </message>
    <message>
        <source>sslmode=%1 checks the server against a CA bundle: add sslrootcert=PATH.</source>
        <translation>sslmode=%1 会用 CA 证书包验证服务器：请添加 sslrootcert=PATH。</translation>
    </message>
</context>
<context>
    <name>SyncEngine</name>
    <message>
        <source>Reading the organization</source>
        <translation>正在读取组织</translation>
    </message>
    <message>
        <source>Reading API keys</source>
        <translation>正在读取 API 密钥</translation>
    </message>
    <message>
        <source>Reading whitelists</source>
        <translation>正在读取白名单</translation>
    </message>
    <message>
        <source>Reading project keys</source>
        <translation>正在读取项目密钥</translation>
    </message>
    <message>
        <source>Saving</source>
        <translation>正在保存</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>Read through a project only.</source>
        <translation>仅通过项目读取。</translation>
    </message>
    <message numerus="yes">
        <source>%n read(s) still failed after %1 passes; nothing was saved.</source>
        <translation>
            <numerusform>经过 %1 轮后仍有 %n 次读取失败；未保存任何内容。</numerusform>
        </translation>
    </message>
    <message>
        <source>This server has no service accounts (Ops Manager documents none).</source>
        <translation>此服务器没有服务账户（Ops Manager 未记载任何服务账户）。</translation>
    </message>
    <message>
        <source>Ops Manager instance</source>
        <translation>Ops Manager 实例</translation>
    </message>
    <message>
        <source>The instance&apos;s events (/globalEvents) are not read.</source>
        <translation>不读取实例的事件（/globalEvents）。</translation>
    </message>
    <message>
        <source>Service accounts belong to organizations.</source>
        <translation>服务账户属于组织。</translation>
    </message>
    <message>
        <source>A global key has no list of its own: the global access list covers it.</source>
        <translation>全局密钥没有自己的列表：由全局访问列表覆盖。</translation>
    </message>
</context>
<context>
    <name>TimelineModel</name>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>What</source>
        <translation>内容</translation>
    </message>
</context>
<context>
    <name>UserWhitelistDialog</name>
    <message>
        <source>&amp;Add entries</source>
        <translation>添加条目(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Remove entry</source>
        <translation>移除条目(&amp;R)</translation>
    </message>
    <message>
        <source>My whitelist (personal API key)</source>
        <translation>我的白名单（个人 API 密钥）</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>&amp;Load</source>
        <translation>加载(&amp;L)</translation>
    </message>
    <message>
        <source>Entries of my whitelist</source>
        <translation>我的白名单条目</translation>
    </message>
    <message>
        <source>For personal API keys: calls made with them must come from an address on this list, and changing the list needs one.</source>
        <translation>用于个人 API 密钥：使用它们的调用必须来自此列表中的地址，修改此列表也需要如此。</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message numerus="yes">
        <source>%n entry(ies).</source>
        <translation>
            <numerusform>%n 个条目。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 covers %2, the address you call from; the server refuses to remove the caller&apos;s own address. Remove it from another address.</source>
        <translation>%1 覆盖了你调用时使用的地址 %2；服务器拒绝移除调用方自己的地址。请从其他地址移除它。</translation>
    </message>
    <message numerus="yes">
        <source>Added. %n entry(ies) now.</source>
        <translation>
            <numerusform>已添加。现在共有 %n 个条目。</numerusform>
        </translation>
    </message>
    <message>
        <source>Removed %1.</source>
        <translation>已移除 %1。</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>用户名(&amp;U)：</translation>
    </message>
    <message>
        <source>the name you sign in to the web console with</source>
        <translation>登录 Web 控制台时使用的名称</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>消息</translation>
    </message>
    <message>
        <source>Type your user name (the one you sign in to the web console with) and press Load.</source>
        <translation>输入您的用户名（登录 Web 控制台时使用的名称），然后点击“加载”。</translation>
    </message>
    <message>
        <source>Type your user name first.</source>
        <translation>请先输入用户名。</translation>
    </message>
    <message>
        <source>The server knows no user named “%1”. Type the user name you sign in to the web console with (often an e-mail address) — not the public key of an API key.</source>
        <translation>服务器上没有名为“%1”的用户。请输入登录 Web 控制台时使用的用户名（通常是电子邮件地址），而不是 API 密钥的公钥。</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <source>Welcome to API Access Console</source>
        <translation>欢迎使用 API Access Console</translation>
    </message>
    <message>
        <source>Manage the programmatic API keys of MongoDB Ops Manager and Cloud Manager: their IP whitelists, their project assignments and the organization setting “Require IP Whitelist for Public API”. Everything you sync stays readable offline.</source>
        <translation>管理 MongoDB Ops Manager 和 Cloud Manager 的编程 API 密钥：它们的 IP 白名单、项目分配，以及组织设置“Require IP Whitelist for Public API”。你同步的所有内容离线时仍可查看。</translation>
    </message>
    <message>
        <source>Connect to my Ops Manager</source>
        <translation>连接到我的 Ops Manager</translation>
    </message>
    <message>
        <source>Enter the server address and an API key; the private key goes to the system keyring.</source>
        <translation>输入服务器地址和 API 密钥；私钥保存在系统密钥环中。</translation>
    </message>
    <message>
        <source>Explore the demo</source>
        <translation>浏览演示</translation>
    </message>
    <message>
        <source>A local demo server with made-up organizations and keys: nothing leaves this computer.</source>
        <translation>本地演示服务器，包含虚构的组织和密钥：任何数据都不会离开本机。</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>The cache of profile %1 does not hold organization %2.</source>
        <translation>配置 %1 的缓存中没有组织 %2。</translation>
    </message>
    <message>
        <source>The organization ID.</source>
        <translation>组织 ID。</translation>
    </message>
    <message>
        <source>Only look in this profile&apos;s cache.</source>
        <translation>只在此配置的缓存中查找。</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>输出 JSON。</translation>
    </message>
    <message>
        <source>The address to check.</source>
        <translation>要检查的地址。</translation>
    </message>
    <message>
        <source>The cached snapshot of %1 cannot be read: %2</source>
        <translation>无法读取 %1 的缓存快照：%2</translation>
    </message>
    <message>
        <source>Which API keys may call from ADDRESS.</source>
        <translation>哪些 API 密钥可以从 ADDRESS 调用。</translation>
    </message>
    <message>
        <source>Give exactly one address.</source>
        <translation>请只给出一个地址。</translation>
    </message>
    <message>
        <source>Give one address, not a block.</source>
        <translation>请给出单个地址，而不是地址块。</translation>
    </message>
    <message>
        <source>%1 in %2 (cached %3):</source>
        <translation>%2 中的 %1（缓存于 %3）：</translation>
    </message>
    <message>
        <source>A key unused this long is stale (90).</source>
        <translation>超过此时长未使用的密钥视为过期（90）。</translation>
    </message>
    <message>
        <source>Exit 1 when a finding is at least this severe: info, low, medium, high.</source>
        <translation>当某个问题的严重程度不低于此值时以 1 退出：info、low、medium、high。</translation>
    </message>
    <message>
        <source>The key-hygiene report of an organization.</source>
        <translation>组织的密钥健康报告。</translation>
    </message>
    <message>
        <source>--stale-days needs a whole number of days.</source>
        <translation>--stale-days 需要整数天数。</translation>
    </message>
    <message>
        <source>--fail-on takes info, low, medium or high.</source>
        <translation>--fail-on 可取 info、low、medium 或 high。</translation>
    </message>
    <message>
        <source>No findings.</source>
        <translation>未发现问题。</translation>
    </message>
    <message>
        <source>The older snapshot (default: the one before --to).</source>
        <translation>较早的快照（默认：--to 之前的那个）。</translation>
    </message>
    <message>
        <source>The newer snapshot (default: the latest).</source>
        <translation>较新的快照（默认：最新的）。</translation>
    </message>
    <message>
        <source>Changes in %1 from snapshot %2 to %3:</source>
        <translation>%1 从快照 %2 到 %3 的变化：</translation>
    </message>
    <message numerus="yes">
        <source>    %n request(s) counted</source>
        <translation>
            <numerusform>    记录了 %n 次请求</numerusform>
        </translation>
    </message>
    <message>
        <source>  No change to keys, roles, whitelists or the setting.</source>
        <translation>  密钥、角色、白名单和设置均无变化。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>csv, json, md, html or pdf.</source>
        <translation>csv、json、md、html 或 pdf。</translation>
    </message>
    <message>
        <source>A stored snapshot instead of the latest.</source>
        <translation>使用已保存的快照而非最新快照。</translation>
    </message>
    <message>
        <source>Export an organization from the cache.</source>
        <translation>从缓存导出组织。</translation>
    </message>
    <message>
        <source>API access report: %1</source>
        <translation>API 访问报告：%1</translation>
    </message>
    <message>
        <source>Unknown command %1.</source>
        <translation>未知命令 %1。</translation>
    </message>
    <message>
        <source>A remembered connection.</source>
        <translation>已保存的连接。</translation>
    </message>
    <message>
        <source>The server as typed in a browser.</source>
        <translation>在浏览器中输入的服务器地址。</translation>
    </message>
    <message>
        <source>The API key&apos;s public key.</source>
        <translation>API 密钥的公钥。</translation>
    </message>
    <message>
        <source>A file holding the private key.</source>
        <translation>包含私钥的文件。</translation>
    </message>
    <message>
        <source>Only this organization.</source>
        <translation>仅此组织。</translation>
    </message>
    <message>
        <source>Every organization the key sees (default).</source>
        <translation>该密钥可见的所有组织（默认）。</translation>
    </message>
    <message>
        <source>Store the private key in the system keyring for this profile, so later runs need neither file nor variable.</source>
        <translation>将此配置的私钥存入系统密钥环，以后运行时既不需要文件也不需要环境变量。</translation>
    </message>
    <message>
        <source>The keyring holds no private key for %1.</source>
        <translation>密钥环中没有 %1 的私钥。</translation>
    </message>
    <message>
        <source>Use --private-key-file FILE or APIACCESS_PRIVATE_KEY (and --remember-key to store it).</source>
        <translation>请使用 --private-key-file FILE 或 APIACCESS_PRIVATE_KEY（并用 --remember-key 保存）。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>  Require IP Whitelist for Public API: %1 → %2.</source>
        <translation>  “Require IP Whitelist for Public API”：%1 → %2。</translation>
    </message>
    <message>
        <source>%1 is cached by several profiles; choose one with --profile: %2</source>
        <translation>%1 缓存在多个配置中；请用 --profile 选择一个：%2</translation>
    </message>
    <message>
        <source>No cache holds organization %1; sync it first (apiaccess orgs lists what is cached).</source>
        <translation>没有缓存包含组织 %1；请先同步（apiaccess orgs 列出已缓存的内容）。</translation>
    </message>
    <message>
        <source>%1: unexpected argument &apos;%2&apos;</source>
        <translation>%1：意外的参数“%2”</translation>
    </message>
    <message>
        <source>What changed between two snapshots (apiaccess snapshots lists them).</source>
        <translation>两个快照之间的变化（apiaccess snapshots 列出快照）。</translation>
    </message>
    <message numerus="yes">
        <source>No such snapshot of %1 (%n snapshot(s) kept: apiaccess snapshots --org %1 lists them).</source>
        <translation>
            <numerusform>%1 没有该快照（保留了 %n 个：apiaccess snapshots --org %1 列出它们）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot write to standard output.</source>
        <translation>无法写入标准输出。</translation>
    </message>
    <message>
        <source>export: give --format csv|json|md|html|pdf and --out FILE.</source>
        <translation>export：请指定 --format csv|json|md|html|pdf 和 --out FILE。</translation>
    </message>
    <message>
        <source>No snapshot %1 of %2 (apiaccess snapshots --org %2 lists them).</source>
        <translation>%2 没有快照 %1（apiaccess snapshots --org %2 列出它们）。</translation>
    </message>
    <message>
        <source>The saved connections: server, public key and the last sync. Private keys are never shown.</source>
        <translation>已保存的连接：服务器、公钥和上次同步。从不显示私钥。</translation>
    </message>
    <message>
        <source>never synced</source>
        <translation>从未同步</translation>
    </message>
    <message>
        <source>No saved connections.</source>
        <translation>没有已保存的连接。</translation>
    </message>
    <message>
        <source>Only this profile&apos;s cache.</source>
        <translation>仅此配置的缓存。</translation>
    </message>
    <message>
        <source>The cached organizations: per profile, the last sync and how many snapshots are kept.</source>
        <translation>已缓存的组织：每个配置的上次同步和保留的快照数。</translation>
    </message>
    <message>
        <source>Profile %1 has no cache yet.</source>
        <translation>配置 %1 还没有缓存。</translation>
    </message>
    <message numerus="yes">
        <source>%n snapshot(s)</source>
        <translation>
            <numerusform>%n 个快照</numerusform>
        </translation>
    </message>
    <message>
        <source>The stored snapshots of an organization, oldest first, with what changed since the one before: the IDs diff --from/--to and export --snapshot take.</source>
        <translation>组织已保存的快照（从旧到新）及与上一个相比的变化：即 diff --from/--to 和 export --snapshot 使用的 ID。</translation>
    </message>
    <message>
        <source>setting %1 → %2</source>
        <translation>设置 %1 → %2</translation>
    </message>
    <message numerus="yes">
        <source>%n key(s) added</source>
        <translation>
            <numerusform>新增 %n 个密钥</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n key(s) removed</source>
        <translation>
            <numerusform>删除 %n 个密钥</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n key(s) changed</source>
        <translation>
            <numerusform>更改 %n 个密钥</numerusform>
        </translation>
    </message>
    <message>
        <source>no change</source>
        <translation>无变化</translation>
    </message>
    <message>
        <source>first kept</source>
        <translation>最早保留的</translation>
    </message>
    <message>
        <source>unknown option &apos;%1&apos;</source>
        <translation>未知选项“%1”</translation>
    </message>
    <message>
        <source> — did you mean &apos;%1&apos;?</source>
        <translation> — 您是指“%1”吗？</translation>
    </message>
    <message>
        <source>done</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>findings at or above --fail-on</source>
        <translation>存在达到 --fail-on 级别的问题</translation>
    </message>
    <message>
        <source>the command line is wrong; nothing was done</source>
        <translation>命令行有误；未执行任何操作</translation>
    </message>
    <message>
        <source>the server refused the key or the address it calls from</source>
        <translation>服务器拒绝了密钥或调用地址</translation>
    </message>
    <message>
        <source>the server could not be reached (network, TLS, timeout)</source>
        <translation>无法连接服务器（网络、TLS、超时）</translation>
    </message>
    <message>
        <source>the cache cannot be opened or read</source>
        <translation>无法打开或读取缓存</translation>
    </message>
    <message>
        <source>the output could not be written</source>
        <translation>无法写入输出</translation>
    </message>
    <message>
        <source>the organization or snapshot is not there, or this key cannot see it</source>
        <translation>组织或快照不存在，或此密钥看不到它</translation>
    </message>
    <message>
        <source>Exit codes:</source>
        <translation>退出码：</translation>
    </message>
    <message>
        <source>Extra CA certificates (PEM) for a private certificate authority.</source>
        <translation>用于私有证书颁发机构的额外 CA 证书（PEM）。</translation>
    </message>
    <message>
        <source>Trust the server&apos;s certificate with this SHA-256 fingerprint (hex, as a refusal prints it).</source>
        <translation>信任具有此 SHA-256 指纹的服务器证书（十六进制，与拒绝时打印的一致）。</translation>
    </message>
    <message>
        <source>sync: unexpected argument &apos;%1&apos;</source>
        <translation>sync：意外的参数“%1”</translation>
    </message>
    <message>
        <source>No profile named %1 (apiaccess profiles lists them).</source>
        <translation>没有名为 %1 的配置（apiaccess profiles 列出它们）。</translation>
    </message>
    <message>
        <source>(No scheme was given, so https was tried; for a plain-http server write http://%1.)</source>
        <translation>（未指定协议，因此尝试了 https；对于明文 http 服务器，请写 http://%1。）</translation>
    </message>
    <message>
        <source>Only the names, one per line (for completion: the keyring is not asked).</source>
        <translation>仅名称，每行一个（用于补全：不查询密钥环）。</translation>
    </message>
    <message>
        <source>keyring: %1</source>
        <translation>密钥环：%1</translation>
    </message>
    <message>
        <source>Only the organization IDs, one per line (for completion).</source>
        <translation>仅组织 ID，每行一个（用于补全）。</translation>
    </message>
    <message>
        <source>Usage: apiaccess completion bash|zsh|fish
Prints the shell&apos;s completion script for apiaccess: subcommands, options, profile names and cached organization IDs.
  bash: source &lt;(apiaccess completion bash)
  zsh:  source &lt;(apiaccess completion zsh)
  fish: apiaccess completion fish | source
cmake --install puts them where the shells look by themselves.</source>
        <translation>用法：apiaccess completion bash|zsh|fish
输出 apiaccess 的 shell 补全脚本：命令、选项、配置名称和已缓存组织的 ID。
  bash: source &lt;(apiaccess completion bash)
  zsh:  source &lt;(apiaccess completion zsh)
  fish: apiaccess completion fish | source
cmake --install 会把它们放到 shell 自动查找的位置。</translation>
    </message>
    <message>
        <source>completion: give bash, zsh or fish.</source>
        <translation>completion：请指定 bash、zsh 或 fish。</translation>
    </message>
    <message>
        <source>completion: the script is missing from this build.</source>
        <translation>completion：此构建中缺少该脚本。</translation>
    </message>
    <message>
        <source>(sync --ca-bundle FILE trusts your certificate authority; --pin-sha256 %1 trusts this certificate.)</source>
        <translation>（sync --ca-bundle FILE 信任您的证书颁发机构；--pin-sha256 %1 信任此证书。）</translation>
    </message>
    <message>
        <source>Extra CA certificates (PEM) for a private certificate authority (&quot;&quot; removes them).</source>
        <translation>用于私有证书颁发机构的额外 CA 证书（PEM）（&quot;&quot; 表示移除）。</translation>
    </message>
    <message>
        <source>Trust the server&apos;s certificate with this SHA-256 fingerprint (&quot;&quot; trusts none).</source>
        <translation>信任具有此 SHA-256 指纹的服务器证书（&quot;&quot; 表示不信任任何证书）。</translation>
    </message>
    <message>
        <source>Saves a connection. Its private key goes to the keyring with sync --remember-key, never on the command line.</source>
        <translation>保存连接。其私钥通过 sync --remember-key 存入密钥环，绝不出现在命令行上。</translation>
    </message>
    <message>
        <source>Changes the certificate trust of a saved connection.</source>
        <translation>更改已保存连接的证书信任设置。</translation>
    </message>
    <message>
        <source>The connection&apos;s name.</source>
        <translation>连接的名称。</translation>
    </message>
    <message>
        <source>%1: give the connection&apos;s name.</source>
        <translation>%1：请指定连接的名称。</translation>
    </message>
    <message>
        <source>%1: a connection named %2 exists already (profiles edit changes it).</source>
        <translation>%1：名为 %2 的连接已存在（profiles edit 可更改它）。</translation>
    </message>
    <message>
        <source>%1: --pin-sha256 takes the 64 hex digits of a SHA-256 fingerprint.</source>
        <translation>%1：--pin-sha256 需要 SHA-256 指纹的 64 位十六进制数字。</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 不存在。</translation>
    </message>
    <message>
        <source>%1 is not a regular file.</source>
        <translation>%1 不是普通文件。</translation>
    </message>
    <message>
        <source>%1 has %2 bytes; a private key file holds one key of 36 characters.</source>
        <translation>%1 有 %2 字节；私钥文件只包含一个 36 个字符的密钥。</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>Only events at or after DATE (2026-03-12, or 2026-03-12T14:02Z).</source>
        <translation>仅 DATE 及之后的事件（2026-03-12 或 2026-03-12T14:02Z）。</translation>
    </message>
    <message>
        <source>Only event types that start with PREFIX (API_KEY_, ORG_PUBLIC_API_, …); may be given more than once.</source>
        <translation>仅以 PREFIX 开头的事件类型（API_KEY_、ORG_PUBLIC_API_ 等）；可多次指定。</translation>
    </message>
    <message>
        <source>Who changed which API key or setting, from where and when: the organization&apos;s events feed as the last sync read it, newest first.</source>
        <translation>谁在何时从何处更改了哪个 API 密钥或设置：上次同步读取的组织事件，最新的在前。</translation>
    </message>
    <message>
        <source>events: --since takes a date such as 2026-03-12 or 2026-03-12T14:02Z, not &apos;%1&apos;.</source>
        <translation>events：--since 需要 2026-03-12 或 2026-03-12T14:02Z 这样的日期，而不是“%1”。</translation>
    </message>
    <message>
        <source>events: --type takes the start of an event type name, letters and underscores (API_KEY_), not &apos;%1&apos;.</source>
        <translation>events：--type 需要事件类型名称的开头，由字母和下划线组成（API_KEY_），而不是“%1”。</translation>
    </message>
    <message>
        <source>No events of %1 are cached: the last sync could not read the organization&apos;s events feed%2. Reading it needs the Organization Member role; sync again once the key has it.</source>
        <translation>缓存中没有 %1 的事件：上次同步无法读取组织的事件%2。读取需要 Organization Member 角色；在密钥拥有该角色后再次同步。</translation>
    </message>
    <message>
        <source>The last sync could not read the feed (%1): these are the events read up to %2.</source>
        <translation>上次同步无法读取事件（%1）：以下是截至 %2 读取的事件。</translation>
    </message>
    <message>
        <source>Read every key&apos;s whitelist. Without it, a sync after an earlier one reads the key list and the events, and only the whitelists of keys the events name (usage counters of the others keep their last read).</source>
        <translation>读取每个密钥的白名单。不指定时，之后的同步读取密钥列表和事件，只读取事件提到的密钥的白名单（其他密钥的使用计数保留上次读取的值）。</translation>
    </message>
    <message>
        <source>%1; unchanged until %2</source>
        <translation>%1；至 %2 无变化</translation>
    </message>
    <message>
        <source>%1 (service account)</source>
        <translation>%1（服务账户）</translation>
    </message>
    <message>
        <source>service account %1 (%2)</source>
        <translation>服务账户 %1（%2）</translation>
    </message>
    <message>
        <source>The file to write, or - for standard output (csv: the keys; the entries go to NAME-entries.csv, the report&apos;s findings to NAME-findings.csv and the service accounts to NAME-serviceaccounts.csv, or follow on standard output, each after a blank line).</source>
        <translation>要写入的文件，或 - 表示标准输出（csv：密钥；条目写入 NAME-entries.csv，报告发现写入 NAME-findings.csv，服务账户写入 NAME-serviceaccounts.csv，或在标准输出中各自隔一空行依次输出）。</translation>
    </message>
    <message>
        <source>Report service-account secrets expiring within N days (14).</source>
        <translation>报告 N 天内过期的服务账户密钥（14）。</translation>
    </message>
    <message>
        <source>--secret-days needs a whole number of days from 1 to 365.</source>
        <translation>--secret-days 需要 1 到 365 之间的整数天数。</translation>
    </message>
    <message numerus="yes">
        <source>%n service account(s) added, removed or changed</source>
        <translation>
            <numerusform>%n 个服务账户被添加、删除或更改</numerusform>
        </translation>
    </message>
    <message>
        <source>Sign in as this service account (mdb_sa_id_…) instead of a key.</source>
        <translation>以此服务账户（mdb_sa_id_…）而非密钥登录。</translation>
    </message>
    <message>
        <source>%1: give --public-key or --client-id, not both.</source>
        <translation>%1：请指定 --public-key 或 --client-id，不要同时指定。</translation>
    </message>
    <message>
        <source>Sync organizations into the offline cache. The private key is read from --private-key-file or APIACCESS_PRIVATE_KEY (a service account&apos;s secret from --client-secret-file or APIACCESS_CLIENT_SECRET), never from the command line. Quiet unless something is wrong.</source>
        <translation>将组织同步到离线缓存。私钥从 --private-key-file 或 APIACCESS_PRIVATE_KEY 读取（服务账户的密钥从 --client-secret-file 或 APIACCESS_CLIENT_SECRET 读取），绝不从命令行读取。除非出错，否则不输出。</translation>
    </message>
    <message>
        <source>A file holding the service account&apos;s secret.</source>
        <translation>包含服务账户密钥的文件。</translation>
    </message>
    <message>
        <source>Give --profile NAME, or --url BASE and --public-key KEY (or --client-id ID).</source>
        <translation>请指定 --profile NAME，或 --url BASE 和 --public-key KEY（或 --client-id ID）。</translation>
    </message>
    <message>
        <source>The keyring holds no client secret for %1.</source>
        <translation>密钥环中没有 %1 的客户端密钥。</translation>
    </message>
    <message>
        <source>Use --client-secret-file FILE or APIACCESS_CLIENT_SECRET (and --remember-key to store it).</source>
        <translation>请使用 --client-secret-file FILE 或 APIACCESS_CLIENT_SECRET（并用 --remember-key 保存）。</translation>
    </message>
    <message>
        <source>Ops Manager&apos;s instance (its global API keys and global access list) instead of an organization.</source>
        <translation>使用 Ops Manager 实例（其全局 API 密钥和全局访问列表）代替组织。</translation>
    </message>
    <message>
        <source>%1: --org and --instance exclude each other.</source>
        <translation>%1：--org 与 --instance 不能同时使用。</translation>
    </message>
    <message>
        <source>%1: --org ID (or --instance) is required.</source>
        <translation>%1：需要 --org ID（或 --instance）。</translation>
    </message>
    <message>
        <source>Only Ops Manager&apos;s instance: its global API keys and global access list (needs a global role).</source>
        <translation>仅 Ops Manager 实例：其全局 API 密钥和全局访问列表（需要全局角色）。</translation>
    </message>
    <message>
        <source>sync --instance: %1 is not Ops Manager; only Ops Manager has global API keys and a global access list.</source>
        <translation>sync --instance：%1 不是 Ops Manager；只有 Ops Manager 有全局 API 密钥和全局访问列表。</translation>
    </message>
    <message>
        <source>global access list entry %1</source>
        <translation>全局访问列表条目 %1</translation>
    </message>
    <message>
        <source>The API to speak: public-v1 (Ops Manager, Cloud Manager; the default) or atlas (the Atlas Administration API v2).</source>
        <translation>要使用的 API：public-v1（Ops Manager、Cloud Manager；默认）或 atlas（Atlas Administration API v2）。</translation>
    </message>
    <message>
        <source>%1: --api takes public-v1 or atlas, not %2.</source>
        <translation>%1：--api 接受 public-v1 或 atlas，而不是 %2。</translation>
    </message>
    <message>
        <source>%1 answers the Atlas Administration API v2, not the Public API v1.0: sync again with --api atlas.</source>
        <translation>%1 响应的是 Atlas Administration API v2，而不是 Public API v1.0：请加上 --api atlas 再次同步。</translation>
    </message>
    <message>
        <source>%1 answers the Public API v1.0 (Ops Manager or Cloud Manager), not the Atlas Administration API v2: sync again with --api public-v1.</source>
        <translation>%1 响应的是 Public API v1.0（Ops Manager 或 Cloud Manager），而不是 Atlas Administration API v2：请加上 --api public-v1 再次同步。</translation>
    </message>
    <message>
        <source>%1: %2 signs in as a service account: --public-key does not apply.</source>
        <translation>%1：%2 以服务账号登录：--public-key 不适用。</translation>
    </message>
    <message>
        <source>%1: %2 signs in as a service account: give --client-secret-file, not --private-key-file.</source>
        <translation>%1：%2 以服务账户登录：请指定 --client-secret-file，而不是 --private-key-file。</translation>
    </message>
    <message>
        <source>%1: --client-secret-file is for a service account (--client-id).</source>
        <translation>%1：--client-secret-file 用于服务账户（--client-id）。</translation>
    </message>
    <message>
        <source>rotate key: %1 exists; give the name of a new file (nothing is overwritten).</source>
        <translation>rotate key：%1 已存在；请给出新文件名（不会覆盖任何内容）。</translation>
    </message>
    <message>
        <source>rotate key: cannot create %1: %2</source>
        <translation>rotate key：无法创建 %1：%2</translation>
    </message>
    <message>
        <source>Only this connection&apos;s cache.</source>
        <translation>仅此连接的缓存。</translation>
    </message>
    <message>
        <source>The key rotations in progress, from the caches (nothing is sent): each one&apos;s step, its new key, and when the old key was last used.</source>
        <translation>缓存中正在进行的密钥轮换（不发送任何内容）：每个的步骤、新密钥以及旧密钥的最后使用时间。</translation>
    </message>
    <message>
        <source>No key rotation is in progress.</source>
        <translation>没有正在进行的密钥轮换。</translation>
    </message>
    <message>
        <source>never used (as last synced)</source>
        <translation>从未使用（按上次同步）</translation>
    </message>
    <message>
        <source>last used %1, after the new key was made</source>
        <translation>最后使用于 %1，在新密钥创建之后</translation>
    </message>
    <message>
        <source>last used %1, not since the new key was made</source>
        <translation>最后使用于 %1，自新密钥创建以来未使用</translation>
    </message>
    <message>
        <source>%1  %2 → %3  %4  old key %5%6</source>
        <translation>%1  %2 → %3  %4  旧密钥 %5%6</translation>
    </message>
    <message>
        <source>Usage: apiaccess rotate key|status|finish|cancel …
  rotate key --org ID --key KEY --private-key-out FILE|-   create the new key, copy and check (again: resume)
  rotate status [--json]                                   the rotations in progress
  rotate finish --org ID --key KEY                          delete the old key
  rotate cancel --org ID --key KEY                          delete the new key
Each takes the connection options of sync (rotate key --help lists them).</source>
        <translation>用法：apiaccess rotate key|status|finish|cancel …
  rotate key --org ID --key KEY --private-key-out FILE|-   创建新密钥、复制并检查（再次运行：继续）
  rotate status [--json]                                   正在进行的轮换
  rotate finish --org ID --key KEY                          删除旧密钥
  rotate cancel --org ID --key KEY                          删除新密钥
每个都接受 sync 的连接选项（rotate key --help 会列出）。</translation>
    </message>
    <message>
        <source>rotate: expected key, status, finish or cancel.</source>
        <translation>rotate：应为 key、status、finish 或 cancel。</translation>
    </message>
    <message>
        <source>rotate: unknown action &apos;%1&apos; — did you mean &apos;%2&apos;?</source>
        <translation>rotate：未知操作“%1”——您是指“%2”吗？</translation>
    </message>
    <message>
        <source>Rotate an API key without an outage: create a new key with the old key&apos;s organization roles, projects and access-list entries, read it back and check it. Its private key is written once, to --private-key-out (0600; - for standard output). Run again to resume a rotation that stopped; then switch the clients and run rotate finish.</source>
        <translation>无中断地轮换 API 密钥：创建一个具有旧密钥的组织角色、项目和访问列表条目的新密钥，回读并检查。其私钥只写入一次，写到 --private-key-out（0600；- 表示标准输出）。再次运行即可继续已停止的轮换；然后切换客户端并运行 rotate finish。</translation>
    </message>
    <message>
        <source>Finish a rotation: delete the old key (refused while this connection signs in with it).</source>
        <translation>完成轮换：删除旧密钥（此连接仍用它登录时会被拒绝）。</translation>
    </message>
    <message>
        <source>Cancel a rotation: delete the new key; the old key stays as it was.</source>
        <translation>取消轮换：删除新密钥；旧密钥保持不变。</translation>
    </message>
    <message>
        <source>The organization.</source>
        <translation>组织。</translation>
    </message>
    <message>
        <source>The old key: its public key or key ID.</source>
        <translation>旧密钥：其公钥或密钥 ID。</translation>
    </message>
    <message>
        <source>Where the new private key goes: a new file (0600), or - for standard output.</source>
        <translation>新私钥的去处：新文件（0600），或 - 表示标准输出。</translation>
    </message>
    <message>
        <source>The new key&apos;s description (default: the old one&apos;s with &quot;(rotated YYYY-MM)&quot;).</source>
        <translation>新密钥的描述（默认：旧密钥的描述加上 &quot;(rotated YYYY-MM)&quot;）。</translation>
    </message>
    <message>
        <source>Leave this project out (repeatable).</source>
        <translation>排除此项目（可重复）。</translation>
    </message>
    <message>
        <source>Leave this access-list entry out (repeatable).</source>
        <translation>排除此访问列表条目（可重复）。</translation>
    </message>
    <message>
        <source>%1: give --org ID and --key KEY.</source>
        <translation>%1：请给出 --org ID 和 --key KEY。</translation>
    </message>
    <message>
        <source>rotate key: give --private-key-out FILE (or - for standard output): the new private key is shown only once.</source>
        <translation>rotate key：请给出 --private-key-out FILE（或 - 表示标准输出）：新私钥只显示一次。</translation>
    </message>
    <message>
        <source>%1: no key %2 in organization %3.</source>
        <translation>%1：组织 %3 中没有密钥 %2。</translation>
    </message>
    <message>
        <source>%1: organization %2 is not in this connection&apos;s cache: sync it first.</source>
        <translation>%1：组织 %2 不在此连接的缓存中：请先同步。</translation>
    </message>
    <message>
        <source>rotate key: the new private key could not be written to %1. The key %2 exists: run rotate cancel to delete it, then start again.</source>
        <translation>rotate key：无法将新私钥写入 %1。密钥 %2 已存在：请运行 rotate cancel 删除它，然后重新开始。</translation>
    </message>
    <message>
        <source>New key %1 (%2) is ready: it has the old key&apos;s roles, projects and entries. Switch the clients to it, then run: apiaccess rotate finish --org %3 --key %4</source>
        <translation>新密钥 %1（%2）已就绪：它具有旧密钥的角色、项目和条目。请切换客户端，然后运行：apiaccess rotate finish --org %3 --key %4</translation>
    </message>
    <message>
        <source>Deleted the old key %1; the rotation is finished.</source>
        <translation>已删除旧密钥 %1；轮换完成。</translation>
    </message>
    <message>
        <source>The connection %1 now signs in with %2.</source>
        <translation>连接 %1 现在使用 %2 登录。</translation>
    </message>
    <message>
        <source>Cancelled: %1</source>
        <translation>已取消：%1</translation>
    </message>
    <message>
        <source>no new key was made.</source>
        <translation>未创建新密钥。</translation>
    </message>
    <message>
        <source>the new key %1 was deleted.</source>
        <translation>新密钥 %1 已删除。</translation>
    </message>
    <message>
        <source>A key older than N days (by its creation event) is due for rotation (90).</source>
        <translation>创建事件显示超过 N 天的密钥应当轮换（90）。</translation>
    </message>
    <message>
        <source>--rotation-days needs a whole number of days from 1 to 3650.</source>
        <translation>--rotation-days 需要 1 到 3650 之间的整数天数。</translation>
    </message>
    <message>
        <source>Where the history is kept: sqlite:PATH, or a team&apos;s PostgreSQL store postgresql://USER@HOST[:PORT]/DATABASE[?sslmode=verify-full&amp;sslrootcert=CA.pem] (its password from the keyring, PGPASSWORD or ~/.pgpass, never in the address). With --profile, kept in the profile once the command succeeded.</source>
        <translation>历史的保存位置：sqlite:PATH，或团队的 PostgreSQL 存储 postgresql://USER@HOST[:PORT]/DATABASE[?sslmode=verify-full&amp;sslrootcert=CA.pem]（密码来自密钥环、PGPASSWORD 或 ~/.pgpass，绝不写在地址中）。与 --profile 一起使用时，命令成功后保存到该配置文件。</translation>
    </message>
    <message>
        <source>The store %1 does not hold organization %2.</source>
        <translation>存储 %1 中没有组织 %2。</translation>
    </message>
    <message>
        <source>Read this history store instead of the profiles&apos; caches: sqlite:PATH or postgresql://USER@HOST[:PORT]/DATABASE (password from the keyring, PGPASSWORD or ~/.pgpass).</source>
        <translation>读取此历史存储而不是配置文件的缓存：sqlite:PATH 或 postgresql://USER@HOST[:PORT]/DATABASE（密码来自密钥环、PGPASSWORD 或 ~/.pgpass）。</translation>
    </message>
    <message>
        <source>The store to copy from.</source>
        <translation>要从中复制的存储。</translation>
    </message>
    <message>
        <source>The store to copy into.</source>
        <translation>要复制到的存储。</translation>
    </message>
    <message>
        <source>Only this organization (repeatable).</source>
        <translation>仅此组织（可重复）。</translation>
    </message>
    <message>
        <source>Copies a store&apos;s history, notes and rotations into another: sqlite:PATH to postgresql://… and back. Run twice, nothing is copied twice.</source>
        <translation>将一个存储的历史、备注和轮换复制到另一个存储：从 sqlite:PATH 到 postgresql://…，以及反向。运行两次也不会重复复制。</translation>
    </message>
    <message>
        <source>store copy: --from LOCATION and --to LOCATION are required.</source>
        <translation>store copy：需要 --from LOCATION 和 --to LOCATION。</translation>
    </message>
    <message>
        <source>store copy: --from and --to are the same store.</source>
        <translation>store copy：--from 与 --to 是同一个存储。</translation>
    </message>
    <message>
        <source>store copy: there is no file %1.</source>
        <translation>store copy：文件 %1 不存在。</translation>
    </message>
    <message>
        <source>%1 organizations: %2 snapshots copied, %3 already there; %4 notes copied, %5 kept (the same or newer there); %6 rotations copied.</source>
        <translation>%1 个组织：复制了 %2 个快照，%3 个已存在；复制了 %4 条备注，保留 %5 条（目标中相同或更新）；复制了 %6 个轮换。</translation>
    </message>
    <message>
        <source>The store.</source>
        <translation>存储。</translation>
    </message>
    <message>
        <source>Opens a store (creating or updating its schema) and says what it holds.</source>
        <translation>打开一个存储（创建或更新其架构）并说明其内容。</translation>
    </message>
    <message>
        <source>store info: --store LOCATION is required.</source>
        <translation>store info：需要 --store LOCATION。</translation>
    </message>
    <message>
        <source>%1 (%2, schema %3)</source>
        <translation>%1（%2，架构 %3）</translation>
    </message>
    <message>
        <source>%1  %2  last sync %3 by %4</source>
        <translation>%1  %2  最后同步 %3，由 %4</translation>
    </message>
    <message>
        <source>The PostgreSQL store.</source>
        <translation>PostgreSQL 存储。</translation>
    </message>
    <message>
        <source>Keeps a PostgreSQL store&apos;s password in the system keyring: read from APIACCESS_STORE_PASSWORD or one line of standard input, never from an argument. It is tried before it is kept.</source>
        <translation>将 PostgreSQL 存储的密码保存到系统密钥环：从 APIACCESS_STORE_PASSWORD 或标准输入的一行读取，绝不从参数读取。保存前会先试用。</translation>
    </message>
    <message>
        <source>store login: --store postgresql://USER@HOST/DATABASE is required.</source>
        <translation>store login：需要 --store postgresql://USER@HOST/DATABASE。</translation>
    </message>
    <message>
        <source>store login: no password (APIACCESS_STORE_PASSWORD or standard input).</source>
        <translation>store login：没有密码（APIACCESS_STORE_PASSWORD 或标准输入）。</translation>
    </message>
    <message>
        <source>The password of %1 is in the system keyring.</source>
        <translation>%1 的密码已存入系统密钥环。</translation>
    </message>
    <message>
        <source>store: give copy, info or login (apiaccess store copy --help).</source>
        <translation>store：请指定 copy、info 或 login（apiaccess store copy --help）。</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Start with the built-in demo server (the default while no connection profile exists).</source>
        <translation>使用内置演示服务器启动（在没有连接配置时为默认）。</translation>
    </message>
    <message>
        <source>Open the saved connection NAME.</source>
        <translation>打开名为 NAME 的已保存连接。</translation>
    </message>
    <message>
        <source>The language: en, de, fr, es, ja or zh_CN (default: the one chosen in View → Language, else the system&apos;s).</source>
        <translation>语言：en、de、fr、es、ja 或 zh_CN（默认：视图 → 语言中的选择，否则为系统语言）。</translation>
    </message>
    <message>
        <source>system, light or dark (default: View → Theme).</source>
        <translation>system、light 或 dark（默认：视图 → 主题）。</translation>
    </message>
    <message>
        <source>Show the cached data only: nothing is sent to any server.</source>
        <translation>仅显示缓存的数据：不向任何服务器发送内容。</translation>
    </message>
    <message>
        <source>API Access Console</source>
        <translation>API Access Console</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;</source>
        <translation>未知命令“%1”</translation>
    </message>
    <message>
        <source> — did you mean &apos;%1&apos;?</source>
        <translation> — 您是指“%1”吗？</translation>
    </message>
    <message>
        <source>(apiaccess --help lists the commands)</source>
        <translation>（apiaccess --help 列出命令）</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos; (apiaccess --help lists the commands; a command comes first)</source>
        <translation>意外的参数“%1”（apiaccess --help 列出命令；命令须放在最前）</translation>
    </message>
    <message>
        <source>API Access Console: programmatic API keys, their IP whitelists and the organization setting &quot;Require IP Whitelist for Public API&quot; of MongoDB Ops Manager and Cloud Manager.

Headless commands (each has --help; none needs a display):
  sync (--profile NAME | --url BASE --public-key KEY) [--org ID | --all-orgs]
       the private key from --private-key-file FILE or APIACCESS_PRIVATE_KEY
  rotate key --org ID --key KEY --private-key-out FILE|-   a new key like the old; then
  rotate finish|cancel --org ID --key KEY · rotate status [--json]
  store copy --from LOCATION --to LOCATION   history and notes into a team store (and back)
  store info|login --store postgresql://USER@HOST/DB   what it holds · its password to the keyring
  profiles [--json]                 saved connections and their last sync
  orgs [--profile NAME] [--json]    cached organizations
  snapshots --org ID [--json]       stored snapshots and what each changed
  check-ip ADDRESS --org ID [--json]
  report --org ID [--json] [--stale-days N] [--fail-on SEVERITY]
  diff --org ID [--from SNAPSHOT] [--to SNAPSHOT] [--json]
  export --org ID --format csv|json|md|html|pdf --out FILE|- [--snapshot ID]
  events --org ID [--json]          who changed what, from where
  screenshots --out DIR [--lang L] [--theme light|dark] [--scale N]
  completion bash|zsh|fish          the shell&apos;s completion script
Exit codes: 0 ok, 1 findings at or above --fail-on, 2 usage, 3 authentication or whitelist refusal, 4 network or TLS, 5 cache problem, 6 output not written, 7 organization or snapshot not found.</source>
        <translation>API Access Console：MongoDB Ops Manager 和 Cloud Manager 的编程 API 密钥、其 IP 白名单以及组织设置“Require IP Whitelist for Public API”。

无界面命令（每个都有 --help；都不需要显示器）：
  sync (--profile NAME | --url BASE --public-key KEY) [--org ID | --all-orgs]
       私钥来自 --private-key-file FILE 或 APIACCESS_PRIVATE_KEY
  rotate key --org ID --key KEY --private-key-out FILE|-   与旧密钥相同的新密钥；然后
  rotate finish|cancel --org ID --key KEY · rotate status [--json]
  store copy --from LOCATION --to LOCATION   将历史和备注复制到团队存储（及复制回来）
  store info|login --store postgresql://USER@HOST/DB   其内容 · 将其密码存入密钥环
  profiles [--json]                 已保存的连接及其上次同步
  orgs [--profile NAME] [--json]    已缓存的组织
  snapshots --org ID [--json]       已保存的快照及各自的变化
  check-ip ADDRESS --org ID [--json]
  report --org ID [--json] [--stale-days N] [--fail-on SEVERITY]
  diff --org ID [--from SNAPSHOT] [--to SNAPSHOT] [--json]
  export --org ID --format csv|json|md|html|pdf --out FILE|- [--snapshot ID]
  events --org ID [--json]          谁从哪里更改了什么
  screenshots --out DIR [--lang L] [--theme light|dark] [--scale N]
  completion bash|zsh|fish          shell 的补全脚本
退出码：0 正常，1 存在达到 --fail-on 级别的问题，2 用法错误，3 认证或白名单拒绝，4 网络或 TLS，5 缓存问题，6 未写入输出，7 未找到组织或快照。</translation>
    </message>
</context>
</TS>
