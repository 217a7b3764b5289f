/**
 * A class group's name in the interface's language. The server names each group it makes by its
 * number (`g3` → "Group 3", classes-service); that name is shown as the catalogue's
 * `classroom.groupName` for the number, and any other name as it was given.
 */
export const groupName = (g: { groupId: string; name: string }, t: (key: string, params?: Record<string, string>) => string): string => {
  const n = /^g(\d+)$/.exec(g.groupId)?.[1];
  return n && g.name === `Group ${n}` ? t('classroom.groupName', { n }) : g.name;
};
