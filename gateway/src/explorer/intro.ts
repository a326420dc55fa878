// The explorer's opening document (mountExplorer in explorer.ts).

/** The first document officers see in the explorer: how to authenticate. */
export const EXPLORER_INTRO = `# Participant graph hub — officers' explorer
#
# 1. Sign in with your staff e-mail and password (development: HUB_DEV_STAFF_PASSWORD,
#    default "dev-staff-password"; e.g. officer.taspen@hub.local):
#      mutation Login($email: String!, $password: String!) {
#        login(email: $email, password: $password) { accessToken expiresAt account { roles } }
#      }
# 2. In "Headers" below set:  Authorization: Bearer <accessToken>
#    Reading a person's data also needs:  X-Access-Purpose: <why you are reading it>
#    Every read of a person's data is written to the access log the person can see.
# 3. Access tokens last 15 minutes; use refreshSession(refreshToken) for a new one.
query HubDashboard {
  hubDashboard {
    taspenSubmissionsByStatus { status count }
    jhtClaimsByStatus { status count }
    otpDelivery { sent failed manual }
  }
}
`;
