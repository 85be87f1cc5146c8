// The seating rule (座次), pure so it is tested on its own. Seats are numbered 1..n from the
// audience's left as they face the rostrum. The first in rank sits in the middle; then,
// alternately, the seat to the rostrum's left of the middle (the audience's right) and to its
// right, outwards (the 左为尊 practice of 党政机关 seating: 2 on 1's left, 3 on 1's right). With
// an even number of seats, 1 and 2 share the middle, 1 on the rostrum's left. The rostrum is
// filled first, then the hall row by row from the front, each row by the same rule.

export interface SeatLayout {
  rostrumSeats: number;
  seatRows: number;
  seatsPerRow: number;
}

export interface Seat {
  area: "ROSTRUM" | "HALL";
  /** 1 for the rostrum, 1.. from the front for the hall. */
  row: number;
  /** 1.. from the audience's left. */
  number: number;
}

/** The seat numbers of a row of `n` in rank order (0-based indexes into 1..n). */
export function centreOutOrder(n: number): number[] {
  if (n <= 0) return [];
  const order: number[] = [];
  // Middle seat for odd n; for even n the middle pair's right one (audience's view) comes first.
  const first = Math.floor(n / 2);
  order.push(first);
  for (let step = 1; order.length < n; step++) {
    if (n % 2 === 1) {
      if (first + step < n) order.push(first + step);
      if (first - step >= 0 && order.length < n) order.push(first - step);
    } else {
      if (first - step >= 0) order.push(first - step);
      if (first + step < n && order.length < n) order.push(first + step);
    }
  }
  return order.map((i) => i + 1);
}

export function seatCapacity(layout: SeatLayout): number {
  return layout.rostrumSeats + layout.seatRows * layout.seatsPerRow;
}

/** Seats in rank order: rostrum first, then the hall from the front. */
export function seatsInRankOrder(layout: SeatLayout): Seat[] {
  const seats: Seat[] = centreOutOrder(layout.rostrumSeats).map((number) => ({ area: "ROSTRUM", row: 1, number }));
  const rowOrder = centreOutOrder(layout.seatsPerRow);
  for (let row = 1; row <= layout.seatRows; row++) for (const number of rowOrder) seats.push({ area: "HALL", row, number });
  return seats;
}

/** Assigns `people` (already in rank order) to seats; throws when there are more people than seats. */
export function planSeats<T>(people: T[], layout: SeatLayout): { person: T; seat: Seat }[] {
  const seats = seatsInRankOrder(layout);
  if (people.length > seats.length) throw new RangeError(`${people.length} people, ${seats.length} seats`);
  return people.map((person, i) => ({ person, seat: seats[i] }));
}
