# SPDX-FileCopyrightText: 2026 API Access Console developers
# SPDX-License-Identifier: GPL-3.0-or-later
# fish completion for apiaccess: subcommands, their options, profile names and cached organization IDs.
set -l commands sync rotate check-ip report diff export events profiles orgs snapshots store screenshots completion
complete -c apiaccess -f
complete -c apiaccess -n "not __fish_seen_subcommand_from $commands" -a "$commands"
complete -c apiaccess -n "not __fish_seen_subcommand_from $commands" -l demo -l offline -l help -l version
complete -c apiaccess -n "not __fish_seen_subcommand_from $commands" -l lang -xa "en de fr es ja zh_CN"
complete -c apiaccess -n "not __fish_seen_subcommand_from $commands" -l theme -xa "system light dark"
complete -c apiaccess -l profile -xa "(apiaccess profiles --names 2>/dev/null)"
complete -c apiaccess -n "__fish_seen_subcommand_from sync rotate check-ip report diff export snapshots events" -l org -xa "(apiaccess orgs --ids 2>/dev/null)"
complete -c apiaccess -n "__fish_seen_subcommand_from check-ip report diff snapshots events profiles orgs rotate" -l json
complete -c apiaccess -n "__fish_seen_subcommand_from $commands" -l help
complete -c apiaccess -n "__fish_seen_subcommand_from sync rotate" -l url -x
complete -c apiaccess -n "__fish_seen_subcommand_from sync rotate" -l public-key -x
complete -c apiaccess -n "__fish_seen_subcommand_from sync rotate" -l private-key-file -rF
complete -c apiaccess -n "__fish_seen_subcommand_from sync rotate" -l client-id -x -d "sign in as a service account"
complete -c apiaccess -n "__fish_seen_subcommand_from sync rotate" -l api -x -a "public-v1 atlas" -d "the API to speak"
complete -c apiaccess -n "__fish_seen_subcommand_from sync rotate" -l client-secret-file -rF
complete -c apiaccess -n "__fish_seen_subcommand_from sync check-ip report diff export snapshots events" -l instance -d "Ops Manager's global keys and global access list"
complete -c apiaccess -n "__fish_seen_subcommand_from sync" -l all-orgs
complete -c apiaccess -n "__fish_seen_subcommand_from sync rotate" -l remember-key
complete -c apiaccess -n "__fish_seen_subcommand_from sync" -l full -d "read every whitelist, not only what the events name"
complete -c apiaccess -n "__fish_seen_subcommand_from sync rotate check-ip report diff export snapshots events store" -l store -x -d "sqlite:PATH or postgresql://USER@HOST/DB"
complete -c apiaccess -n "__fish_seen_subcommand_from store" -a "copy info login"
complete -c apiaccess -n "__fish_seen_subcommand_from store" -l from -x
complete -c apiaccess -n "__fish_seen_subcommand_from store" -l to -x
complete -c apiaccess -n "__fish_seen_subcommand_from events" -l since -x
complete -c apiaccess -n "__fish_seen_subcommand_from events" -l type -x
complete -c apiaccess -n "__fish_seen_subcommand_from sync rotate" -l ca-bundle -rF
complete -c apiaccess -n "__fish_seen_subcommand_from sync rotate" -l pin-sha256 -x
complete -c apiaccess -n "__fish_seen_subcommand_from sync rotate" -l trust-certificate -x
complete -c apiaccess -n "__fish_seen_subcommand_from report" -l stale-days -x
complete -c apiaccess -n "__fish_seen_subcommand_from report" -l secret-days -x
complete -c apiaccess -n "__fish_seen_subcommand_from report" -l rotation-days -x -d "a key older than N days is due for rotation"
complete -c apiaccess -n "__fish_seen_subcommand_from report" -l fail-on -xa "info low medium high"
complete -c apiaccess -n "__fish_seen_subcommand_from diff" -l from -x
complete -c apiaccess -n "__fish_seen_subcommand_from diff" -l to -x
complete -c apiaccess -n "__fish_seen_subcommand_from export" -l format -xa "csv json md html pdf"
complete -c apiaccess -n "__fish_seen_subcommand_from export screenshots" -l out -rF
complete -c apiaccess -n "__fish_seen_subcommand_from export" -l snapshot -x
complete -c apiaccess -n "__fish_seen_subcommand_from screenshots" -l lang -xa "en de fr es ja zh_CN"
complete -c apiaccess -n "__fish_seen_subcommand_from screenshots" -l theme -xa "light dark"
complete -c apiaccess -n "__fish_seen_subcommand_from screenshots" -l scale -x
complete -c apiaccess -n "__fish_seen_subcommand_from screenshots" -l check-layout
complete -c apiaccess -n "__fish_seen_subcommand_from completion" -xa "bash zsh fish"
complete -c apiaccess -n "__fish_seen_subcommand_from profiles; and not __fish_seen_subcommand_from add edit" -xa "add edit"
complete -c apiaccess -n "__fish_seen_subcommand_from edit" -xa "(apiaccess profiles --names 2>/dev/null)"
complete -c apiaccess -n "__fish_seen_subcommand_from add" -l url -x
complete -c apiaccess -n "__fish_seen_subcommand_from add" -l public-key -x
complete -c apiaccess -n "__fish_seen_subcommand_from add" -l client-id -x
complete -c apiaccess -n "__fish_seen_subcommand_from add" -l api -x -a "public-v1 atlas"
complete -c apiaccess -n "__fish_seen_subcommand_from add edit" -l ca-bundle -rF
complete -c apiaccess -n "__fish_seen_subcommand_from add edit" -l pin-sha256 -x
complete -c apiaccess -n "__fish_seen_subcommand_from rotate; and not __fish_seen_subcommand_from key status finish cancel" -a "key status finish cancel"
complete -c apiaccess -n "__fish_seen_subcommand_from rotate" -l key -x -d "the old key: public key or key ID"
complete -c apiaccess -n "__fish_seen_subcommand_from rotate" -l private-key-out -rF -d "the new private key: a new file, or -"
complete -c apiaccess -n "__fish_seen_subcommand_from rotate" -l description -x
complete -c apiaccess -n "__fish_seen_subcommand_from rotate" -l drop-project -x
complete -c apiaccess -n "__fish_seen_subcommand_from rotate" -l drop-entry -x
